#pragma once

#include "exchangeadapter.h"

#include <string_view>

namespace cl::market {

// Bybit v5 spot (spec/feeds.md "Bybit v5 spot"): /v5/public/spot with publicTrade.<SYM> and kline.1.<SYM>,
// at most 10 args per subscribe, JSON ping every 20 s; REST /v5/market/kline (newest first) and
// /v5/market/instruments-info for the symbol list.
class BybitAdapter final : public ExchangeAdapter
{
public:
    static constexpr int kMaxArgsPerSubscribe = 10;
    static constexpr int kKlineLimit = 1000;

    explicit BybitAdapter(const model::Clock &clock);

    std::vector<Endpoint> endpoints() const override;
    std::vector<QByteArray> subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    std::vector<QByteArray> unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    SubscribeLimits subscribeLimits() const override;
    KeepAlive keepAlive() const override;
    QByteArray pingFrame() override;
    CandleCloseRule candleCloseRule() const override;

    RestLimits restLimits() const override;
    RestRequest klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const override;
    RestRequest symbolListRequest() const override;

    // "1" -> 60000, "D" -> one day; month candles ("M") have no fixed length and give nothing.
    static std::optional<qint64> intervalMs(std::string_view code);

protected:
    void parseJsonFrame(detail::FrameReader &reader) override;
    bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) override;
    bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) override;

private:
    std::vector<QByteArray> commandFrames(const char *op, const Endpoint &endpoint, std::span<const model::Symbol> symbols);
};

} // namespace cl::market
