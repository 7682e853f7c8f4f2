#pragma once

#include "analysissettings.h"
#include "model/candle.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/pattern.h"
#include "model/signal.h"
#include "model/symbol.h"
#include "model/timeframe.h"
#include "symbolanalyzer.h"

#include <QObject>
#include <QString>
#include <map>
#include <memory>

namespace cl::storage {
class StorageWriter;
}

namespace cl::analysis {

// The analysis on its own thread (DESIGN.md "Threads and data flow"): moved to a QThread by the
// composition root, fed closed candles by the CandleWorker through queued connections. For each symbol a
// SymbolAnalyzer runs the evaluation loop of spec/patterns.md; closed 1m candles also move every
// timeframe's pattern statuses and the open signals. Changes are written through the StorageWriter
// (one job per call, so a backfill of thousands of candles is one job) and announced with
// patternsChanged / signalCreated for the UI and the alerts.
//
// Indicator and ATR seeding needs a fixed anchor (spec/indicators.md): catchUp() rebuilds a symbol from
// its first stored candle; live candles then continue from there.
class AnalysisWorker : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        quint64 candles = 0;
        quint64 patternsWritten = 0;
        quint64 signalsCreated = 0;
        quint64 writeJobs = 0;
    };

    // databasePath: read by catchUp() through its own read-only connection. The writer and the clock
    // must outlive the worker.
    AnalysisWorker(storage::StorageWriter &writer, QString databasePath, const model::Clock &clock,
        AnalysisSettings settings = {}, QObject *parent = nullptr);
    ~AnalysisWorker() override;

    Stats stats() const { return m_stats; }
    const AnalysisSettings &settings() const { return m_settings; }

public slots:
    // Closed candles of one timeframe in time order: one for a live close, many after a backfill.
    // Candles not newer than the last one seen for that timeframe are ignored.
    void onCandlesClosed(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol,
        cl::model::Timeframe timeframe, const cl::model::CandleSeries &candles);
    // Rebuilds the symbol from every stored candle of the analysed timeframes, interleaved by close time as
    // a live feed would have delivered them, then stores the result in one job. Returns when done (on the
    // worker thread: the feed keeps running on its own).
    void catchUp(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol);
    // The alerts delivered this signal: pending -> notified.
    void markNotified(const cl::model::Signal &signal);

signals:
    // New or changed patterns of one symbol (after catchUp: its active patterns).
    void patternsChanged(
        cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, const cl::model::PatternList &patterns);
    void signalCreated(const cl::model::Signal &signal);
    void signalStatusChanged(const cl::model::Signal &signal);
    void caughtUp(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, qint64 candles);
    void failed(const QString &error);

private:
    SymbolAnalyzer &analyzerFor(model::ExchangeId exchange, const model::Symbol &symbol);
    void publish(SymbolAnalyzer &analyzer, SymbolAnalyzer::Update &update, bool announcePatterns);

    storage::StorageWriter &m_writer;
    QString m_databasePath;
    const model::Clock &m_clock;
    AnalysisSettings m_settings;
    std::map<QString, std::unique_ptr<SymbolAnalyzer>> m_analyzers; // by "exchange:BASE/QUOTE"
    Stats m_stats;
};

} // namespace cl::analysis
