#pragma once

#include "market/parsedframe.h"
#include "model/candle.h"
#include "model/trade.h"
#include "recenttradeids.h"
#include "tradingsession.h"

#include <QString>

#include <array>

namespace cl::candles {

// Builds the 1m candles of ONE symbol from its live trades and the exchange's own kline updates (issue 3,
// Candles; spec/feeds.md section 3.2). Flat state, no allocation per trade.
//
// Closing rules (CandleCloseRule in market/adaptertypes.h):
// - a minute closes when something of a later minute arrives (a trade or a kline update) or the exchange's clock
//   (advanceTime: trade timestamps, event times, heartbeats) reaches the minute's end + graceMs;
// - on exchanges that flag their closed klines (exchangeFlag) a later trade does NOT close the minute: it waits
//   for the flagged kline, which is the authority, with the time rule as the fallback;
// - a closed kline or a REST candle is the authority for its minute; when the trade-built candle differs, both
//   are logged and the authority wins (also as a correction of a minute already closed);
// - a minute without trades produces no candle (spec/patterns.md; Coinbase and Kraken REST have no row for such
//   minutes either). Only an authority can make one: a closed kline or REST candle with zero volume (Binance
//   sends them for quiet minutes) is stored as the exchange has it, so stored history equals the exchange's.
// Trades: NaN/infinite/zero/negative price or size are rejected; duplicate ids are ignored; a trade of an
// already-closed minute is counted as late and dropped; out-of-order trades inside an open minute still count
// (open = earliest timestamp, close = latest).
class LiveCandleBuilder
{
public:
    struct Options
    {
        qint64 graceMs = 2'000;
        bool exchangeFlag = false; // the exchange flags closed klines (Binance x, Bybit/OKX confirm)
        int recentTradeIds = 4'096;
        TradingSession session;    // default 24/7
    };

    enum class TradeOutcome : quint8 { Accepted, Invalid, Duplicate, Late, OutsideSession };

    struct Counters
    {
        quint64 accepted = 0;
        quint64 invalid = 0;
        quint64 duplicates = 0;
        quint64 late = 0;
        quint64 outsideSession = 0;  // trades and candles outside the trading session
        quint64 closed = 0;          // 1m candles emitted (corrections included)
        quint64 corrections = 0;     // authority candles replacing a minute already emitted
        quint64 mismatches = 0;      // authority != trade-built candle
        quint64 invalidCandles = 0;  // exchange / REST candles rejected
        quint64 lateCandleUpdates = 0;
    };

    LiveCandleBuilder();
    explicit LiveCandleBuilder(Options options);

    void setGraceMs(qint64 graceMs) { m_options.graceMs = graceMs; }
    void setExchangeFlag(bool flagged) { m_options.exchangeFlag = flagged; }
    void setSession(const TradingSession &session) { m_options.session = session; }
    void setLabel(const QString &label) { m_label = label; } // "binance BTC/USDT", for the log

    // Each call appends the minutes it closed to *closed in ascending time; corrections of minutes closed
    // earlier can be older than what was appended before.
    TradeOutcome addTrade(const model::Trade &trade, model::CandleSeries &closed);
    bool addExchangeCandle(const model::Candle &candle, market::CandleState state, model::CandleSeries &closed);
    // A REST-backfilled closed minute: authoritative, never duplicated (an identical minute is not re-emitted).
    bool addClosedCandle(const model::Candle &candle, model::CandleSeries &closed);
    // The exchange's clock moved to nowMs: closes minutes whose end + grace it has reached.
    void advanceTime(qint64 exchangeNowMs, model::CandleSeries &closed);

    // The newest open minute (trade-built where it has trades, else the exchange's update); nullptr when none.
    const model::Candle *forming() const;
    // Every minute before this is closed: later input for it is late.
    qint64 closedBefore() const { return m_closedBefore; }
    int openMinutes() const { return m_openCount; }
    const Counters &counters() const { return m_counters; }

    static bool isValidCandle(const model::Candle &candle);

private:
    struct OpenMinute
    {
        qint64 openTime = 0;
        model::Candle trades;
        qint64 firstTs = 0;
        qint64 lastTs = 0;
        bool hasTrades = false;
        model::Candle exchange;
        bool hasExchange = false;
    };
    static constexpr int kMaxOpen = 4;
    static constexpr int kRecentClosed = 16;

    OpenMinute &openSlot(qint64 minute, model::CandleSeries &closed);
    int findOpen(qint64 minute) const;
    void closeBefore(qint64 minute, model::CandleSeries &closed); // closes open minutes < minute
    void closeFront(const model::Candle *authority, const char *source, model::CandleSeries &closed);
    void emitClosed(const model::Candle &candle, model::CandleSeries &closed);
    void applyAuthority(const model::Candle &candle, const char *source, model::CandleSeries &closed);
    const model::Candle *recentClosed(qint64 minute) const;
    void logMismatch(const char *source, const model::Candle &authority, const model::Candle &built,
                     const char *builtWhat);
    bool inSession(qint64 tsMs); // counts what is outside

    Options m_options;
    QString m_label;
    RecentTradeIds m_ids;
    std::array<OpenMinute, kMaxOpen> m_open{}; // ascending by openTime
    int m_openCount = 0;
    qint64 m_closedBefore = std::numeric_limits<qint64>::min();
    // The first minute this builder saw: its trades began mid-minute, so a difference from the exchange's
    // candle there is expected and not worth a warning.
    qint64 m_firstMinute = std::numeric_limits<qint64>::min();
    std::array<model::Candle, kRecentClosed> m_recent{}; // the last emitted minutes, ring by minute index
    std::array<bool, kRecentClosed> m_recentValid{};
    Counters m_counters;
};

} // namespace cl::candles
