#pragma once

#include "model/pattern.h"

#include <span>

namespace cl::analysis {

// Per-pattern trading levels of spec/patterns.md: entry, stop and three targets from the zone, the ATR at
// detection and the swings of the window before the detection candle.
class TradingLevelCalculator
{
public:
    struct Swings
    {
        double high; // NaN when the window is empty
        double low;
    };

    // W given as its highs and lows in time order. A local high is strictly above the `radius` highs on
    // each side, all inside W; swing high = the maximum local high, or the maximum high of W when there is
    // none. Lows mirror.
    static Swings swings(std::span<const double> highs, std::span<const double> lows, int radius = 2);

    static model::TradingLevels levels(model::PatternType type, model::Direction direction, double zoneLow,
        double zoneHigh, double atr, Swings swings);

    // |tp - entry| / risk rounded to 2 decimals; 0 when risk <= 0.
    static double rewardRisk(double tp, double entry, double risk);
};

} // namespace cl::analysis
