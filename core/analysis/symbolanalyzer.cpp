#include "symbolanalyzer.h"

#include "signaltracker.h"

#include <algorithm>

namespace cl::analysis {

using model::Timeframe;

SymbolAnalyzer::SymbolAnalyzer(
    model::ExchangeId exchange, model::Symbol symbol, std::vector<Timeframe> timeframes, AnalysisSettings settings)
    : m_exchange(exchange)
    , m_symbol(std::move(symbol))
    , m_settings(std::move(settings))
{
    timeframes.insert(timeframes.end(), m_settings.matrixTimeframes.begin(), m_settings.matrixTimeframes.end());
    for (const Timeframe tf : timeframes) {
        if (!m_engines[size_t(tf.index())])
            m_engines[size_t(tf.index())] = std::make_unique<PatternEngine>(tf, m_settings);
    }
}

PatternEngine *SymbolAnalyzer::engine(Timeframe timeframe)
{
    return m_engines[size_t(timeframe.index())].get();
}

const PatternEngine *SymbolAnalyzer::engine(Timeframe timeframe) const
{
    return m_engines[size_t(timeframe.index())].get();
}

void SymbolAnalyzer::collect(const PatternEngine &engine, Update *update) const
{
    for (const int index : engine.added())
        update->patterns.push_back(engine.patterns()[size_t(index)]);
    for (const int index : engine.changed()) {
        if (std::find(engine.added().begin(), engine.added().end(), index) == engine.added().end())
            update->patterns.push_back(engine.patterns()[size_t(index)]);
    }
}

void SymbolAnalyzer::addClosedCandle(Timeframe timeframe, const model::Candle &candle, Update *update)
{
    PatternEngine *own = engine(timeframe);
    if (own && own->addCandle(candle))
        collect(*own, update);
    if (timeframe != Timeframe::M1)
        return;
    // Live: every closed minute also moves the higher timeframes' patterns and the signals.
    const qint64 close = candle.openTime + timeframe.durationMs();
    for (const auto &other : m_engines) {
        if (other && other.get() != own && other->applyStatusCandle(candle, close))
            collect(*other, update);
    }
    for (model::Signal &signal : m_signals) {
        if (SignalTracker::advance(signal, candle, close, m_settings))
            update->changedSignals.push_back(signal);
    }
}

std::vector<ConfluenceScorer::TimeframeState> SymbolAnalyzer::confluenceStates() const
{
    std::vector<ConfluenceScorer::TimeframeState> states;
    for (const Timeframe tf : m_settings.matrixTimeframes) {
        if (const PatternEngine *e = engine(tf))
            states.push_back({tf, e->newestActive(), e->atr()});
    }
    return states;
}

std::optional<model::Signal> SymbolAnalyzer::evaluateSignals(qint64 now, Update *update, QString *reason)
{
    const auto states = confluenceStates();
    auto latest = [this](model::Direction direction) -> std::optional<qint64> {
        std::optional<qint64> newest;
        for (const model::Signal &s : m_signals) {
            if (s.direction == direction && (!newest || s.createdAt > *newest))
                newest = s.createdAt;
        }
        return newest;
    };
    auto signal = ConfluenceScorer::evaluate(m_exchange, m_symbol, states, now, latest, m_settings, reason);
    if (signal) {
        m_signals.push_back(*signal);
        if (update)
            update->newSignals.push_back(*signal);
    }
    return signal;
}

void SymbolAnalyzer::restoreSignals(const model::SignalList &stored)
{
    m_signals.insert(m_signals.end(), stored.begin(), stored.end());
}

void SymbolAnalyzer::markNotified(const model::Signal &signal, qint64 now, Update *update)
{
    for (model::Signal &s : m_signals) {
        if (s.createdAt == signal.createdAt && s.direction == signal.direction
            && s.status == model::SignalStatus::Pending) {
            s.status = model::SignalStatus::Notified;
            s.statusAt = now;
            if (update)
                update->changedSignals.push_back(s);
        }
    }
}

void SymbolAnalyzer::dropFinished()
{
    for (const auto &e : m_engines) {
        if (e)
            e->dropFinished();
    }
    // Final signals still count for the cooldown: keep those inside it.
    qint64 newest = 0;
    for (const model::Signal &s : m_signals)
        newest = std::max(newest, s.createdAt);
    std::erase_if(m_signals, [&](const model::Signal &s) {
        return model::isFinal(s.status) && s.createdAt < newest - m_settings.cooldownMs;
    });
}

} // namespace cl::analysis
