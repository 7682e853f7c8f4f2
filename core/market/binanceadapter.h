#pragma once

#include "exchangeadapter.h"

#include <string_view>

namespace cl::market {

// Binance spot (spec/feeds.md "Binance spot"): raw streams on /ws with SUBSCRIBE, <sym>@trade and
// <sym>@kline_1m, REST /api/v3/klines (ascending), /api/v3/exchangeInfo for the symbol list.
class BinanceAdapter final : public ExchangeAdapter
{
public:
    static constexpr int kMaxStreamsPerConnection = 1024;
    static constexpr int kKlineLimit = 1000;

    explicit BinanceAdapter(const model::Clock &clock);
    // The built-in simulated exchange ("sim", core/market/replay) speaks Binance's protocol under its own id;
    // it has no public address, so its endpoints must be set (setWebSocketBaseUrl / setRestBaseUrl).
    static std::unique_ptr<BinanceAdapter> simulated(const model::Clock &clock);

    std::vector<Endpoint> endpoints() const override;
    std::vector<QByteArray> subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    std::vector<QByteArray> unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    SubscribeLimits subscribeLimits() const override;
    KeepAlive keepAlive() const override;
    QByteArray pingFrame() override { return {}; }
    CandleCloseRule candleCloseRule() const override;

    RestLimits restLimits() const override;
    RestRequest klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const override;
    RestRequest symbolListRequest() const override;

    // Stream names are lower case: "btcusdt@trade", "btcusdt@kline_1m".
    QString streamName(const model::Symbol &symbol, Channel channel) const;
    // "1m" -> 60000; month candles ("1M") have no fixed length and give nothing.
    static std::optional<qint64> intervalMs(std::string_view code);

protected:
    void parseJsonFrame(detail::FrameReader &reader) override;
    bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) override;
    bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) override;

private:
    BinanceAdapter(const model::Clock &clock, model::ExchangeId exchange, QString name, QString restBaseUrl);

    std::vector<QByteArray> commandFrames(const char *method, const Endpoint &endpoint,
                                          std::span<const model::Symbol> symbols);
};

} // namespace cl::market
