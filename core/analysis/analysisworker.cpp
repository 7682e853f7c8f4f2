#include "analysisworker.h"

#include "patternrepository.h"
#include "signalrepository.h"
#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAnalysis, "cryptolens.analysis.worker")

namespace cl::analysis {

namespace {

QString keyOf(model::ExchangeId exchange, const model::Symbol &symbol)
{
    return model::exchangeIdToString(exchange) + QLatin1Char(':') + symbol.toString();
}

// The timeframes a symbol is analysed in: the matrix ones (1m first, for the statuses).
std::vector<model::Timeframe> analysedTimeframes(const AnalysisSettings &settings)
{
    std::vector<model::Timeframe> tfs = settings.matrixTimeframes;
    std::sort(tfs.begin(), tfs.end());
    tfs.erase(std::unique(tfs.begin(), tfs.end()), tfs.end());
    return tfs;
}

} // namespace

AnalysisWorker::AnalysisWorker(storage::StorageWriter &writer, QString databasePath, const model::Clock &clock,
    AnalysisSettings settings, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<model::ExchangeId>();
    qRegisterMetaType<model::Symbol>();
    qRegisterMetaType<model::Timeframe>();
    qRegisterMetaType<model::CandleSeries>();
    qRegisterMetaType<model::PatternList>();
    qRegisterMetaType<model::Signal>();
}

AnalysisWorker::~AnalysisWorker() = default;

SymbolAnalyzer &AnalysisWorker::analyzerFor(model::ExchangeId exchange, const model::Symbol &symbol)
{
    auto &slot = m_analyzers[keyOf(exchange, symbol)];
    if (!slot)
        slot = std::make_unique<SymbolAnalyzer>(exchange, symbol, analysedTimeframes(m_settings), m_settings);
    return *slot;
}

void AnalysisWorker::onCandlesClosed(model::ExchangeId exchange, const model::Symbol &symbol,
    model::Timeframe timeframe, const model::CandleSeries &candles)
{
    if (candles.empty())
        return;
    SymbolAnalyzer &analyzer = analyzerFor(exchange, symbol);
    SymbolAnalyzer::Update update;
    for (const model::Candle &candle : candles)
        analyzer.addClosedCandle(timeframe, candle, &update);
    m_stats.candles += candles.size();
    analyzer.evaluateSignals(m_clock.nowMs(), &update);
    publish(analyzer, update, true);
}

void AnalysisWorker::catchUp(model::ExchangeId exchange, const model::Symbol &symbol)
{
    storage::SqlConnection reader;
    QString error;
    if (!reader.open(m_databasePath, storage::SqlConnection::Mode::ReadOnly, &error)) {
        emit failed(QStringLiteral("analysis catch-up of %1: %2").arg(symbol.toString(), error));
        return;
    }
    const auto symbolId = storage::SymbolRepository(reader).find(exchange, symbol, &error);
    if (!symbolId) {
        emit caughtUp(exchange, symbol, 0);
        return;
    }
    // Every stored candle, in the order a live feed delivers them: by close time, 1m before the higher
    // timeframes closing at the same moment (their detection candle then already holds that minute).
    struct Event
    {
        qint64 close;
        int timeframe;
        model::Candle candle;
    };
    std::vector<Event> events;
    storage::CandleRepository candles(reader);
    for (const model::Timeframe tf : analysedTimeframes(m_settings)) {
        for (const model::Candle &c : candles.load(
                 *symbolId, tf, storage::CandleRepository::kMinTime, storage::CandleRepository::kMaxTime, &error))
            events.push_back({c.openTime + tf.durationMs(), tf.index(), c});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.close != b.close ? a.close < b.close : a.timeframe < b.timeframe;
    });
    const qint64 now = m_clock.nowMs();
    SignalRepository storedSignals(reader);
    model::SignalList earlier = storedSignals.open(*symbolId, &error);
    for (model::Signal &s : storedSignals.recent(*symbolId, now - m_settings.cooldownMs, &error)) {
        if (std::none_of(earlier.begin(), earlier.end(), [&](const model::Signal &o) { return o.id == s.id; }))
            earlier.push_back(std::move(s));
    }
    reader.close();

    // A fresh analyzer: the stored history is the anchor.
    auto fresh = std::make_unique<SymbolAnalyzer>(exchange, symbol, analysedTimeframes(m_settings), m_settings);
    fresh->restoreSignals(earlier);
    // Pattern changes are not collected per candle (the engines hold the final state); signal changes are.
    model::SignalList movedSignals;
    SymbolAnalyzer::Update step;
    for (const Event &e : events) {
        step.patterns.clear();
        step.changedSignals.clear();
        fresh->addClosedCandle(model::Timeframe(model::Timeframe::Id(e.timeframe)), e.candle, &step);
        movedSignals.insert(movedSignals.end(), step.changedSignals.begin(), step.changedSignals.end());
    }
    m_stats.candles += events.size();
    SymbolAnalyzer &analyzer = *(m_analyzers[keyOf(exchange, symbol)] = std::move(fresh));

    // Store every pattern with its final state (one job), announce only what is still active.
    SymbolAnalyzer::Update update;
    for (const model::Timeframe tf : analysedTimeframes(m_settings)) {
        const PatternEngine *engine = analyzer.engine(tf);
        update.patterns.insert(update.patterns.end(), engine->patterns().begin(), engine->patterns().end());
    }
    update.changedSignals = std::move(movedSignals);
    analyzer.evaluateSignals(now, &update);
    publish(analyzer, update, false);
    model::PatternList active;
    for (const model::Timeframe tf : analysedTimeframes(m_settings)) {
        const PatternEngine *engine = analyzer.engine(tf);
        for (const int index : engine->activeIndices())
            active.push_back(engine->patterns()[size_t(index)]);
    }
    emit patternsChanged(exchange, symbol, active);
    emit caughtUp(exchange, symbol, qint64(events.size()));
}

void AnalysisWorker::markNotified(const model::Signal &signal)
{
    const auto found = m_analyzers.find(keyOf(signal.exchange, signal.symbol));
    if (found == m_analyzers.end())
        return;
    SymbolAnalyzer::Update update;
    found->second->markNotified(signal, m_clock.nowMs(), &update);
    publish(*found->second, update, false);
}

void AnalysisWorker::publish(SymbolAnalyzer &analyzer, SymbolAnalyzer::Update &update, bool announcePatterns)
{
    if (update.empty())
        return;
    const model::ExchangeId exchange = analyzer.exchange();
    const model::Symbol symbol = analyzer.symbol();
    const int rows = int(update.patterns.size() + update.newSignals.size() + update.changedSignals.size());
    m_writer.enqueue(
        [exchange, symbol, patterns = update.patterns, created = update.newSignals, changed = update.changedSignals](
            storage::WriteContext &context, QString *error) {
            const auto symbolId = context.symbols.ensure(exchange, symbol, error);
            if (!symbolId)
                return false;
            if (!PatternRepository(context.connection).upsert(*symbolId, patterns, nullptr, error))
                return false;
            SignalRepository signalRepository(context.connection);
            for (const model::Signal &s : created) {
                if (!signalRepository.insert(*symbolId, s, error))
                    return false;
            }
            for (const model::Signal &s : changed) {
                if (!signalRepository.updateStatus(*symbolId, s, error))
                    return false;
            }
            return true;
        },
        std::max(rows, 1));
    ++m_stats.writeJobs;
    m_stats.patternsWritten += update.patterns.size();
    m_stats.signalsCreated += update.newSignals.size();
    if (announcePatterns && !update.patterns.empty())
        emit patternsChanged(exchange, symbol, update.patterns);
    for (const model::Signal &s : update.newSignals)
        emit signalCreated(s);
    for (const model::Signal &s : update.changedSignals)
        emit signalStatusChanged(s);
    // What is final is stored now; the engines keep only what can still change.
    analyzer.dropFinished();
}

} // namespace cl::analysis
