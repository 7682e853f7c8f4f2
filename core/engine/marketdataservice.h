#pragma once

#include "candleworker.h"
#include "feedworker.h"
#include "market/marketevents.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>

class QThread;

namespace cl::analysis {
class AnalysisWorker;
}
namespace cl::storage {
class StorageWriter;
}

namespace cl::engine {

// The live market data of the application (DESIGN.md, Threads and data flow), a QObject on the GUI thread.
// It owns one FeedWorker thread per exchange with symbols on the watchlist and the CandleWorker thread, wires
// feeds -> CandleWorker -> (StorageWriter) -> candlesClosed -> AnalysisWorker (optional), and re-emits the
// shared signals for the GUI, alerts and paper trading.
//
// stop() runs in a defined order: feeds first (no new input), then the CandleWorker flushes and the writer
// commits what it was given, then the candle thread ends. Closed candles are all stored; forming ones are not.
class MarketDataService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;     // read by the feeds for the last stored candle
        int backfillMinutes = 60; // when nothing is stored yet
        FeedWorker::Options feed; // defaults for every exchange (endpoints come from setEndpoints)
        CandleWorker::Options candles;
    };

    // The writer and the clock must outlive the service; the writer is started and stopped by its owner
    // (stop it after this service's stop()).
    MarketDataService(storage::StorageWriter &writer, const model::Clock &clock, Options options, QObject *parent = nullptr);
    ~MarketDataService() override;

    // Optional: closed candles go to it too (queued, on its thread). Set before the first setSymbols.
    void setAnalysisWorker(analysis::AnalysisWorker *worker);
    // Points an exchange at another server (the local replay server); applies at the next start of its feed.
    void setEndpoints(model::ExchangeId exchange, const QString &webSocketBaseUrl, const QString &restBaseUrl);
    // Starts, changes or stops (empty list) the feed of an exchange as the watchlist changes.
    void setSymbols(model::ExchangeId exchange, const QList<model::Symbol> &symbols);
    QList<market::FeedStatus> statuses() const;
    CandleWorker *candleWorker() const { return m_candles; }
    // Stops everything in order; safe to call twice.
    void stop();

signals:
    void statusChanged(const cl::market::FeedStatus &status);
    void trades(const cl::market::SymbolTrades &batch);
    void formingCandle(const cl::market::FormingCandle &candle);   // at most ~10 Hz per symbol
    void candlesClosed(const cl::market::ClosedCandles &closed);   // after the StorageWriter committed them
    void logLine(const QString &line);                             // connects, reconnects, backfills
    void backfillFinished(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, bool ok, int candles);

private:
    struct Feed
    {
        QThread *thread = nullptr;
        FeedWorker *worker = nullptr;
        QString webSocketBaseUrl;
        QString restBaseUrl;
    };

    void ensureCandleThread();
    void startFeed(model::ExchangeId exchange, Feed &feed);
    void stopFeed(Feed &feed);

    storage::StorageWriter &m_writer;
    const model::Clock &m_clock;
    Options m_options;
    QPointer<analysis::AnalysisWorker> m_analysis;
    QThread *m_candleThread = nullptr;
    CandleWorker *m_candles = nullptr;
    std::map<model::ExchangeId, Feed> m_feeds;
    std::map<model::ExchangeId, market::FeedStatus> m_statuses;
    bool m_stopped = false;
};

} // namespace cl::engine
