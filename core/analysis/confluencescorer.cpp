#include "confluencescorer.h"

#include <algorithm>

namespace cl::analysis {

using model::Direction;
using model::Timeframe;

const std::array<Timeframe, Timeframe::Count> &ConfluenceScorer::sourcePriority()
{
    static const std::array<Timeframe, Timeframe::Count> order{Timeframe::W1, Timeframe::D1, Timeframe::H12,
        Timeframe::H6, Timeframe::H4, Timeframe::H2, Timeframe::H1, Timeframe::M30, Timeframe::M15, Timeframe::M5,
        Timeframe::M3, Timeframe::M1};
    return order;
}

ConfluenceScorer::Score ConfluenceScorer::score(
    std::span<const TimeframeState> states, const AnalysisSettings &settings)
{
    Score result;
    for (const TimeframeState &state : states) {
        const bool counted
            = std::find(settings.matrixTimeframes.begin(), settings.matrixTimeframes.end(), state.timeframe)
            != settings.matrixTimeframes.end();
        if (!counted || !state.newestActive)
            continue;
        (state.newestActive->direction == Direction::Bullish ? result.bullish : result.bearish)
            .push_back(state.timeframe);
    }
    std::sort(result.bullish.begin(), result.bullish.end());
    std::sort(result.bearish.begin(), result.bearish.end());
    result.bullish.erase(std::unique(result.bullish.begin(), result.bullish.end()), result.bullish.end());
    result.bearish.erase(std::unique(result.bearish.begin(), result.bearish.end()), result.bearish.end());
    if (result.bullish.size() > result.bearish.size()) {
        result.direction = Direction::Bullish;
        result.aligned = result.bullish;
    } else if (result.bearish.size() > result.bullish.size()) {
        result.direction = Direction::Bearish;
        result.aligned = result.bearish;
    }
    result.score = int(result.aligned.size());
    return result;
}

ConfluenceScorer::Levels ConfluenceScorer::levels(
    Direction direction, double zoneLow, double zoneHigh, double atr, const AnalysisSettings &settings)
{
    const double mid = (zoneHigh + zoneLow) / 2;
    const double buffer = std::max(settings.signalAtrMultiple * atr, mid * (settings.signalMinBufferPct / 100));
    Levels out;
    if (direction == Direction::Bullish) {
        out.entry = zoneHigh;
        out.stop = zoneLow - buffer;
        out.risk = out.entry - out.stop;
        if (out.risk / out.entry * 100 < settings.minRiskPct) {
            out.risk = out.entry * (settings.minRiskPct / 100);
            out.stop = out.entry - out.risk;
        }
        out.tp1 = out.entry + out.risk;
        out.tp2 = out.entry + 2 * out.risk;
        out.tp3 = out.entry + settings.defaultRr * out.risk;
    } else {
        out.entry = zoneLow;
        out.stop = zoneHigh + buffer;
        out.risk = out.stop - out.entry;
        if (out.risk / out.entry * 100 < settings.minRiskPct) {
            out.risk = out.entry * (settings.minRiskPct / 100);
            out.stop = out.entry + out.risk;
        }
        out.tp1 = out.entry - out.risk;
        out.tp2 = out.entry - 2 * out.risk;
        out.tp3 = out.entry - settings.defaultRr * out.risk;
    }
    return out;
}

std::optional<model::Signal> ConfluenceScorer::evaluate(model::ExchangeId exchange, const model::Symbol &symbol,
    std::span<const TimeframeState> states, qint64 now, const LatestSignalAt &latestSignalAt,
    const AnalysisSettings &settings, QString *reason)
{
    auto no = [&](const QString &why) -> std::optional<model::Signal> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const Score s = score(states, settings);
    if (!s.direction)
        return no(QStringLiteral("neutral: %1 bullish, %2 bearish").arg(s.bullish.size()).arg(s.bearish.size()));
    if (s.score < settings.minConfluence)
        return no(QStringLiteral("score %1 below %2").arg(s.score).arg(settings.minConfluence));
    if (settings.requireHtf) {
        const bool htf = std::any_of(s.aligned.begin(), s.aligned.end(), [&](Timeframe tf) {
            return std::find(settings.htfTimeframes.begin(), settings.htfTimeframes.end(), tf)
                != settings.htfTimeframes.end();
        });
        if (!htf)
            return no(QStringLiteral("no higher timeframe among the aligned ones"));
    }
    // Cooldown, inclusive, whatever the earlier signal's status.
    if (latestSignalAt) {
        const auto latest = latestSignalAt(*s.direction);
        if (latest && *latest >= now - settings.cooldownMs)
            return no(QStringLiteral("cooldown: a %1 signal at %2")
                          .arg(QLatin1String(model::directionCode(*s.direction)))
                          .arg(*latest));
    }
    const TimeframeState *source = nullptr;
    for (const Timeframe tf : sourcePriority()) {
        if (std::find(s.aligned.begin(), s.aligned.end(), tf) == s.aligned.end())
            continue;
        for (const TimeframeState &state : states) {
            if (state.timeframe == tf && state.newestActive && state.newestActive->direction == *s.direction) {
                source = &state;
                break;
            }
        }
        if (source)
            break;
    }
    if (!source)
        return no(QStringLiteral("no source pattern"));
    const model::Pattern &p = *source->newestActive;
    const Levels l = levels(*s.direction, p.zoneLow, p.zoneHigh, source->atr, settings);
    model::Signal signal;
    signal.exchange = exchange;
    signal.symbol = symbol;
    signal.direction = *s.direction;
    signal.createdAt = now;
    signal.score = s.score;
    signal.alignedTimeframes = s.aligned;
    signal.sourceTimeframe = source->timeframe;
    signal.sourceType = p.type;
    signal.sourceDetectedAt = p.detectedAt;
    signal.sourcePatternId = p.id;
    signal.entry = l.entry;
    signal.stop = l.stop;
    signal.tp1 = l.tp1;
    signal.tp2 = l.tp2;
    signal.tp3 = l.tp3;
    signal.status = model::SignalStatus::Pending;
    signal.statusAt = now;
    return signal;
}

} // namespace cl::analysis
