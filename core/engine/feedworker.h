#pragma once

#include "candleworker.h"
#include "market/exchangeclock.h"
#include "market/feedconnection.h"
#include "market/klinebackfiller.h"
#include "market/marketevents.h"
#include "market/reconnectbackoff.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace cl::storage {
class StorageWriter;
}

namespace cl::engine {

// One exchange's live feed on its own thread (DESIGN.md, Threads and data flow): it owns the adapter, a
// FeedConnection per endpoint, the REST backfiller and the exchange clock, and turns frames into
// SymbolTrades / ExchangeCandles for the CandleWorker.
//
// Gap repair (spec/feeds.md, Gaps): after every (re)connect, each symbol is backfilled over REST from its
// last stored closed 1m candle to the exchange's present; the minutes around the outage are fetched again
// once they have closed (the live candle of a reconnect minute was built from part of its trades). A jump
// of contiguous trade ids schedules the same repair for the minutes it spans. Trades whose contiguous id is
// not newer than the last one seen (snapshots re-sent after a reconnect) are dropped here; the CandleWorker
// drops the other duplicates by id. Failed backfills become holes in the coverage record, retried with
// backoff; the holes the coverage record still holds from an earlier run are read with a symbol's last stored
// candle and retried as soon as the feed runs. A hole is closed once a backfill of it succeeded: the closed
// minutes the exchange returned no row for had no trades. Created on any thread, moved to its thread, then
// start() (queued) creates sockets and timers.
class FeedWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString webSocketBaseUrl;   // empty: the exchange's own
        QString restBaseUrl;        // empty: the exchange's own
        QString databasePath;       // read for the last stored candle; empty: none
        int backfillMinutes = 60;   // how far back when nothing is stored
        qint64 timeSyncIntervalMs = 15'000;
        qint64 repairGraceMs = 5'000; // after a minute's end before it is fetched again
        int tickMs = 250;
        // The CandleWorker's formingThrottleMs: trades that make it send a forming candle are not held back.
        int formingThrottleMs = CandleWorker::Options{}.formingThrottleMs;
        market::FeedConnection::Options connection;
        market::KlineBackfiller::Options backfill;
        market::ReconnectBackoff::Options holeRetry{5'000, 10 * 60'000};
    };

    // writer: for the coverage record (may be null). The clock must outlive the worker.
    FeedWorker(model::ExchangeId exchange, const model::Clock &clock, storage::StorageWriter *writer, Options options,
               QObject *parent = nullptr);
    ~FeedWorker() override;

    model::ExchangeId exchange() const { return m_exchange; }
    // Thread-safe: the exchange's time as this feed knows it.
    qint64 exchangeNowMs() const { return m_exchangeClock.nowMs(); }

public slots:
    void start();
    void setSymbols(const QList<cl::model::Symbol> &symbols);
    // The clean end of a feed: no more live input (connections closed, no more exchange time for the
    // CandleWorker, so a minute cut short by the stop stays forming and is not stored), then the pending
    // repairs of minutes that have closed run now; returns when the backfiller is idle or after timeoutMs.
    void drain(int timeoutMs = 20'000);
    // Closes the connections at once and deletes sockets and timers (before the thread quits).
    void shutdown();
    // Closed candles the CandleWorker committed: the newest stored minute per symbol, and coverage.
    void onCandlesStored(const cl::market::ClosedCandles &closed);

signals:
    void trades(const cl::market::SymbolTrades &batch);
    void exchangeCandles(const cl::market::ExchangeCandles &candles);
    void backfilled(const cl::market::ClosedCandles &closed);
    void exchangeTime(cl::model::ExchangeId exchange, qint64 ms);
    void statusChanged(const cl::market::FeedStatus &status);
    void logLine(const QString &line);
    void backfillStarted(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol);
    void backfillFinished(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, bool ok, int candles);

private:
    struct SymbolState
    {
        qint64 lastClosedOpenMs = -1; // newest closed 1m known stored
        qint64 lastTradeId = -1;
        qint64 lastTradeMs = -1;
        bool resumed = false; // first trades after a reconnect: the id jump is the outage, repaired already
        bool loaded = false;
        // When (local ms) and for which minute the CandleWorker last sent a forming candle, as far as the
        // batches handed to it tell: decides whether a trade is held for the end of the read.
        qint64 formingSentMs = -1;
        qint64 formingMinute = -1;
    };
    struct PendingTrades
    {
        int symbolIndex = -1; // the adapter's
        SymbolState *state = nullptr;
        market::SymbolTrades batch;
        qint64 newestMs = -1;
    };
    struct Repair
    {
        model::Symbol symbol;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 dueMs = 0; // exchange time (repairs) or local time (holes)
    };

    void onFrame(const market::ParsedFrame &frame);
    PendingTrades &pendingBatch(int symbolIndex, const model::Symbol &symbol, SymbolState &state);
    bool formingDue(const SymbolState &state, qint64 tradeMs, qint64 nowMs, qint64 marginMs) const;
    void flushTrades();
    void onLive(bool firstConnect);
    void onDisconnected();
    void onBackfillFinished(const market::KlineBackfiller::Result &result);
    void tick();
    void syncTime();
    void loadStored(const model::Symbol &symbol, SymbolState &state);
    void requestBackfill(const model::Symbol &symbol, qint64 fromMs, qint64 toMs);
    void requestHole(const Repair &hole);
    bool takeHoleRepair(const market::KlineBackfiller::Result &result);
    void backfillSymbol(const model::Symbol &symbol, SymbolState &state);
    void recordCoverage(const model::Symbol &symbol, qint64 fromMs, qint64 toMs, bool stored, const QString &why,
                        qint64 nextRetryMs);
    market::FeedStatus combinedStatus() const;
    SymbolState &stateOf(const model::Symbol &symbol);

    model::ExchangeId m_exchange;
    const model::Clock &m_clock;
    storage::StorageWriter *m_writer;
    Options m_options;
    market::ExchangeClock m_exchangeClock;
    std::unique_ptr<market::ExchangeAdapter> m_adapter;
    QNetworkAccessManager *m_network = nullptr;
    std::vector<market::FeedConnection *> m_connections;
    market::KlineBackfiller *m_backfiller = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_timeSync = nullptr;

    QList<model::Symbol> m_symbols;
    std::map<QString, SymbolState> m_state; // by "BASE/QUOTE"
    std::vector<Repair> m_repairs;          // due by exchange time
    // The trades of the frames of one socket read, one batch per symbol in the order the symbols first
    // appeared; handed on together once the read is processed (a queued flush), so a burst of frames is one
    // queued event per symbol for the CandleWorker instead of one per frame. A trade that makes the CandleWorker
    // send a forming candle (its throttle interval is over, or a new minute) flushes at once, so the chart is
    // not late by the rest of the read. Flushed before anything else goes to the CandleWorker (klines, backfill
    // pages, exchange time, a drop, drain), so it still gets trades and the rest in the order they arrived.
    std::vector<PendingTrades> m_pendingTrades;
    bool m_flushQueued = false;
    std::vector<Repair> m_holes;            // due by local time
    std::vector<Repair> m_holesInFlight;    // hole retries the backfiller is working on
    market::ReconnectBackoff m_holeBackoff;
    qint64 m_disconnectedAtMs = -1;         // exchange time of the last drop
    qint64 m_lastExchangeTimeSent = -1;
    qint64 m_lastStatusMs = 0;
    bool m_started = false;
    bool m_draining = false;
};

} // namespace cl::engine
