#pragma once

#include "analysissettings.h"
#include "model/pattern.h"
#include "model/signal.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace cl::analysis {

// Multi-timeframe confluence of spec/patterns.md "Signals": which side the newest active pattern of each
// matrix timeframe points to, whether that makes a signal (score, require_htf, cooldown), its source
// pattern and its levels. Pure functions of what the caller passes in, so live, replay, backtests and
// `detect` share them.
class ConfluenceScorer
{
public:
    // The newest active pattern of one timeframe (nullptr: none) and that timeframe's current ATR(14).
    struct TimeframeState
    {
        model::Timeframe timeframe;
        const model::Pattern *newestActive = nullptr;
        double atr = 0.0;
    };

    struct Score
    {
        std::optional<model::Direction> direction; // nothing: neutral
        int score = 0;
        std::vector<model::Timeframe> bullish;
        std::vector<model::Timeframe> bearish;
        std::vector<model::Timeframe> aligned; // the winning side's timeframes, ascending
    };

    struct Levels
    {
        double entry = 0.0;
        double stop = 0.0;
        double risk = 0.0;
        double tp1 = 0.0;
        double tp2 = 0.0;
        double tp3 = 0.0;
    };

    // created_at of the newest stored signal of the symbol in that direction, if any.
    using LatestSignalAt = std::function<std::optional<qint64>(model::Direction)>;

    // Only the settings' matrix timeframes count; others in `states` are ignored.
    static Score score(std::span<const TimeframeState> states, const AnalysisSettings &settings);

    // buf = max(0.5 * ATR, zone_mid * 0.5 %); long: entry zh, stop zl - buf, R at least 0.5 % of entry,
    // TPs entry + 1R, 2R, default_rr R. Short mirrors (entry zl, stop zh + buf).
    static Levels levels(
        model::Direction direction, double zoneLow, double zoneHigh, double atr, const AnalysisSettings &settings);

    // The signal due at `now`, or nothing with *reason saying why not (neutral, score, htf, cooldown).
    static std::optional<model::Signal> evaluate(model::ExchangeId exchange, const model::Symbol &symbol,
        std::span<const TimeframeState> states, qint64 now, const LatestSignalAt &latestSignalAt,
        const AnalysisSettings &settings, QString *reason = nullptr);

    // Source-pattern priority: 1w 1d 12h 6h 4h 2h 1h 30m 15m 5m 3m 1m.
    static const std::array<model::Timeframe, model::Timeframe::Count> &sourcePriority();
};

} // namespace cl::analysis
