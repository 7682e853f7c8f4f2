#pragma once

#include "analysissettings.h"
#include "confluencescorer.h"
#include "model/exchangeid.h"
#include "model/signal.h"
#include "model/symbol.h"
#include "patternengine.h"

#include <memory>
#include <vector>

namespace cl::analysis {

// Everything the analysis knows about one symbol: a PatternEngine per timeframe, the confluence signals
// and their statuses. Callers (the AnalysisWorker live, backtests) hand it closed candles in time order;
// a closed 1m candle also advances the statuses of every timeframe's patterns and of the open signals.
class SymbolAnalyzer
{
public:
    // What one call changed: copies, safe to send to other threads.
    struct Update
    {
        model::PatternList patterns; // new or changed, each with its timeframe
        model::SignalList newSignals;
        model::SignalList changedSignals;
        bool empty() const { return patterns.empty() && newSignals.empty() && changedSignals.empty(); }
    };

    // The engines cover `timeframes` plus the settings' matrix timeframes.
    SymbolAnalyzer(model::ExchangeId exchange, model::Symbol symbol, std::vector<model::Timeframe> timeframes,
        AnalysisSettings settings = {});

    // A closed candle of one timeframe (ignored when not newer than that timeframe's last one).
    void addClosedCandle(model::Timeframe timeframe, const model::Candle &candle, Update *update);
    // Confluence at `now`: appends the new signal, if one is due, to the update and to signalList().
    std::optional<model::Signal> evaluateSignals(qint64 now, Update *update, QString *reason = nullptr);

    // Earlier signals (from storage) for the cooldown and status tracking.
    void restoreSignals(const model::SignalList &stored);
    void markNotified(const model::Signal &signal, qint64 now, Update *update);
    // Forgets final patterns and signals once stored, to bound memory.
    void dropFinished();

    PatternEngine *engine(model::Timeframe timeframe);
    const PatternEngine *engine(model::Timeframe timeframe) const;
    const model::SignalList &signalList() const { return m_signals; }
    std::vector<ConfluenceScorer::TimeframeState> confluenceStates() const;
    model::ExchangeId exchange() const { return m_exchange; }
    const model::Symbol &symbol() const { return m_symbol; }
    const AnalysisSettings &settings() const { return m_settings; }

private:
    void collect(const PatternEngine &engine, Update *update) const;

    model::ExchangeId m_exchange;
    model::Symbol m_symbol;
    AnalysisSettings m_settings;
    std::array<std::unique_ptr<PatternEngine>, model::Timeframe::Count> m_engines;
    model::SignalList m_signals;
};

} // namespace cl::analysis
