#pragma once

#include "exchangeadapter.h"

namespace cl::market {

// Kraken v2 (spec/feeds.md "Kraken v2"): wss://ws.kraken.com/v2, `status` first, trade (snapshot set
// explicitly) and ohlc channels with prices as JSON numbers (read from their text), no closed flag; REST
// /0/public/OHLC with XBT pair names, legacy result keys ("XXBTZUSD"), only the last 720 rows, the newest
// row never committed; /0/public/AssetPairs for the symbol list.
class KrakenAdapter final : public ExchangeAdapter
{
public:
    static constexpr int kOhlcRows = 720;

    explicit KrakenAdapter(const model::Clock &clock);

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

    // WebSocket v2 spells BTC/USD; REST spells XBTUSD (BTC is XBT, DOGE is XDG there).
    QString nativeSymbol(const model::Symbol &symbol) const override;
    std::optional<model::Symbol> symbolFromNative(QStringView native) const override;
    QString restSymbol(const model::Symbol &symbol) const override;
    // The key REST results come under: "XXBTZUSD" for the old assets, the plain pair name otherwise.
    static QString legacyPairKey(const model::Symbol &symbol);

protected:
    void parseJsonFrame(detail::FrameReader &reader) override;
    bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) override;
    bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) override;

private:
    std::vector<QByteArray> commandFrames(const char *method, std::span<const model::Symbol> symbols, bool subscribe);
};

} // namespace cl::market
