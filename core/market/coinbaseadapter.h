#pragma once

#include "exchangeadapter.h"

namespace cl::market {

// Coinbase (spec/feeds.md "Coinbase Advanced Trade" and "Coinbase Exchange"). Advanced Trade is the default:
// market_trades plus the heartbeats channel (one channel per subscribe message), trades newest first inside
// an event, sequence_num per connection; its WebSocket candles are 5-minute buckets, so 1m candles come from
// trades and REST. Exchange is the alternative: matches + heartbeat, where `side` is the MAKER's side.
class CoinbaseAdapter final : public ExchangeAdapter
{
public:
    enum class Api : quint8 { AdvancedTrade, Exchange };

    static constexpr int kAdvancedKlineLimit = 350;
    static constexpr int kExchangeKlineLimit = 300;
    static constexpr qint64 kAdvancedCandleMs = 5 * 60'000;

    explicit CoinbaseAdapter(const model::Clock &clock, Api api = Api::AdvancedTrade);

    Api api() const { return m_api; }

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

protected:
    void parseJsonFrame(detail::FrameReader &reader) override;
    bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) override;
    bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) override;

private:
    // coinbaseadapterframes.cpp
    void parseAdvancedFrame(detail::FrameReader &reader);
    void parseExchangeFrame(detail::FrameReader &reader);

    QByteArray productList(std::span<const model::Symbol> symbols);

    Api m_api;
};

} // namespace cl::market
