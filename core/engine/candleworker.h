#pragma once

#include "candles/tradingsession.h"
#include "market/adaptertypes.h"
#include "market/marketevents.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace cl::storage {
class StorageWriter;
}

namespace cl::engine {

// The candle stage of the live pipeline (issue 3, Candles). MarketDataService moves it to its own thread and
// feeds it with queued signals; it turns trades and exchange klines into the forming 1m candle (throttled for
// the GUI), closed 1m candles and every higher timeframe, writes them through the StorageWriter and announces
// closed candles only after the writer committed them. Never blocks its thread.
//
// Candle closing follows the exchange's clock only (trade timestamps, kline event times, onExchangeTime), never
// the local one: a minute closes when something of a later minute arrives or that clock passes the minute's end
// plus the exchange's grace (CandleCloseRule). A minute without trades makes no candle (spec/patterns.md).
class CandleWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 defaultGraceMs = 2'000;  // CandleCloseRule::graceMs for exchanges without setCloseRule()
        // At most one formingCandle per symbol per interval (last value wins), sent by the first trades after
        // the interval; a symbol that went quiet gets its held update 1.5 intervals after the last one.
        int formingThrottleMs = 100;
        int statsIntervalMs = 1'000;    // how often stats() is published
        int recentTradeIds = 4'096;     // per symbol: ids remembered to drop duplicates
        qint64 rawTradeRetentionMs = 7LL * 24 * 3600 * 1000;
        int rawTradeBatchRows = 2'000;  // raw trades buffered before a writer job (also flushed on minute close)
    };

    // For the diagnostics dock; published by statsChanged() about every statsIntervalMs.
    struct Stats
    {
        int queueDepth = 0;              // batches posted (notePosted) and not processed yet
        int writerQueueDepth = 0;        // jobs waiting in the StorageWriter
        int pendingCommits = 0;          // closed-candle groups written but not yet committed
        double latencyMeanMs = 0.0;      // processing time per input batch over the last interval
        double latencyMaxMs = 0.0;
        double tradesPerSecond = 0.0;    // accepted trades over the last interval
        quint64 trades = 0;              // accepted since start
        quint64 rejectedTrades = 0;      // NaN / negative / zero price or size, outside the session
        quint64 duplicateTrades = 0;
        quint64 lateTrades = 0;          // for a minute already closed: counted and dropped
        quint64 closedMinutes = 0;
        quint64 klineMismatches = 0;     // exchange closed kline != trade-built candle
        quint64 rawTradesRecorded = 0;
    };

    CandleWorker(storage::StorageWriter &writer, const model::Clock &clock, Options options, QObject *parent = nullptr);
    CandleWorker(storage::StorageWriter &writer, const model::Clock &clock, QObject *parent = nullptr)
        : CandleWorker(writer, clock, Options{}, parent) {}
    ~CandleWorker() override;

    // Thread-safe: the producer calls it before posting a batch, so stats().queueDepth shows the backlog.
    void notePosted() { m_posted.fetch_add(1, std::memory_order_relaxed); }
    // Thread-safe snapshot of the counters.
    Stats stats() const;

public slots:
    void onTrades(const cl::market::SymbolTrades &batch);
    void onExchangeCandles(const cl::market::ExchangeCandles &candles);
    // REST backfilled closed 1m candles: authoritative, stored (upsert, so never duplicated) and rolled up.
    void onBackfill(const cl::market::ClosedCandles &closed);
    // A REST backfill of the symbol began / ended (every request the feed makes, each ended once, ok or not).
    // In between, its closed minutes are stored but rolled into the higher timeframes only at the end, in time
    // order: a higher bar must not be closed before the older pages of its minutes arrived.
    void onBackfillStarted(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol);
    void onBackfillFinished(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol);
    // The exchange's clock (message / heartbeat / server time): closes minutes past end + grace.
    void onExchangeTime(cl::model::ExchangeId exchange, qint64 ms);
    void setCloseRule(cl::model::ExchangeId exchange, const cl::market::CandleCloseRule &rule);
    void setRecordRawTrades(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, bool record);
    void setSession(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol,
                    const cl::candles::TradingSession &session);
    // Sends pending forming updates now, writes buffered raw trades and asks the writer to commit. Candles still
    // forming stay forming (a stop must not store an unfinished minute as closed). Stops the worker's timers until
    // the next input, so after flush() on its thread the owner may delete it from another thread.
    void flush();

signals:
    void formingCandle(const cl::market::FormingCandle &candle);
    void candlesClosed(const cl::market::ClosedCandles &closed); // 1m and higher, after the commit
    void statsChanged(const cl::engine::CandleWorker::Stats &stats);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::atomic<quint64> m_posted{0};
};

} // namespace cl::engine

Q_DECLARE_METATYPE(cl::engine::CandleWorker::Stats)
