#pragma once

#include "exchangeadapter.h"

#include <string_view>

namespace cl::market {

// OKX v5 (spec/feeds.md "OKX v5"): trades on /ws/v5/public, candles only on /ws/v5/business; text "ping"
// when idle, literal "pong" back; REST /api/v5/market/history-candles paged backwards with `after`
// (newest first, a per-row confirm flag) and /api/v5/public/instruments for the symbol list.
class OkxAdapter final : public ExchangeAdapter
{
public:
    static constexpr int kMaxMessageBytes = 64 * 1024;
    static constexpr int kKlineLimit = 300;

    explicit OkxAdapter(const model::Clock &clock);

    std::vector<Endpoint> endpoints() const override;
    std::vector<QByteArray> subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    std::vector<QByteArray> unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    SubscribeLimits subscribeLimits() const override;
    KeepAlive keepAlive() const override;
    QByteArray pingFrame() override { return "ping"; }
    CandleCloseRule candleCloseRule() const override;

    RestLimits restLimits() const override;
    RestRequest klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const override;
    RestRequest symbolListRequest() const override;

    struct Interval
    {
        qint64 ms = 0;
        qint64 alignOffsetMs = 0; // 8 h for the hour/day/week bars aligned to UTC+8 (no "utc" suffix)
    };
    // "candle1m" -> 1 min; "candle1D" -> 1 day on the UTC+8 grid; "candle1Dutc" -> UTC; months give nothing.
    static std::optional<Interval> candleInterval(std::string_view channel);

protected:
    bool parseTextFrame(QByteArrayView bytes, ParsedFrame &out) override;
    void parseJsonFrame(detail::FrameReader &reader) override;
    bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) override;
    bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) override;

private:
    std::vector<QByteArray> commandFrames(const char *op, const Endpoint &endpoint, std::span<const model::Symbol> symbols);
};

} // namespace cl::market
