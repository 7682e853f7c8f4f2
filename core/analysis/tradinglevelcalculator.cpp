#include "tradinglevelcalculator.h"

#include "indicators.h"

#include <algorithm>
#include <cmath>

namespace cl::analysis {

namespace {

// The three columns of the levels table: buffer in ATRs (or zone sizes when the ATR is 0), entry at the
// zone edge or its middle, and the targets with and without a swing beyond the entry.
struct Rule
{
    double buffer;
    bool entryAtMid;
    double firstMultiple; // TP1 = entry + m * R when there is a swing (FVG caps it at the swing)
    bool capFirstAtSwing;
    double thirdFromSwing; // TP3 = SH + f * (SH - entry), or SH + R for the order block
    bool thirdIsSwingPlusRisk;
    std::array<double, 3> fallback; // R multiples without a swing beyond the entry
};

const Rule &ruleFor(model::PatternType type)
{
    static const Rule fvg{0.5, false, 1.0, true, 0.5, false, {1.0, 2.0, 3.0}};
    static const Rule orderBlock{0.3, true, 1.0, false, 0.0, true, {1.0, 2.0, 3.0}};
    static const Rule sweep{0.2, false, 1.5, false, 0.618, false, {1.5, 2.5, 4.0}};
    switch (type) {
    case model::PatternType::Fvg:
        return fvg;
    case model::PatternType::OrderBlock:
        return orderBlock;
    case model::PatternType::LiquiditySweep:
        break;
    }
    return sweep;
}

} // namespace

TradingLevelCalculator::Swings TradingLevelCalculator::swings(
    std::span<const double> highs, std::span<const double> lows, int radius)
{
    const int n = int(std::min(highs.size(), lows.size()));
    Swings result{kNaN, kNaN};
    if (n == 0)
        return result;
    bool haveHigh = false;
    bool haveLow = false;
    const double *h = highs.data();
    const double *l = lows.data();
    for (int s = radius; s + radius < n; ++s) {
        // Every neighbour compared without an early exit: cheaper than mispredicted branches.
        bool isHigh = true;
        bool isLow = true;
        for (int k = 1; k <= radius; ++k) {
            isHigh &= (h[s] > h[s - k]) & (h[s] > h[s + k]);
            isLow &= (l[s] < l[s - k]) & (l[s] < l[s + k]);
        }
        if (isHigh && (!haveHigh || h[s] > result.high)) {
            result.high = h[s];
            haveHigh = true;
        }
        if (isLow && (!haveLow || l[s] < result.low)) {
            result.low = l[s];
            haveLow = true;
        }
    }
    if (!haveHigh)
        result.high = *std::max_element(highs.begin(), highs.begin() + n);
    if (!haveLow)
        result.low = *std::min_element(lows.begin(), lows.begin() + n);
    return result;
}

double TradingLevelCalculator::rewardRisk(double tp, double entry, double risk)
{
    if (!(risk > 0))
        return 0.0;
    return std::round(std::abs(tp - entry) / risk * 100.0) / 100.0;
}

model::TradingLevels TradingLevelCalculator::levels(
    model::PatternType type, model::Direction direction, double zoneLow, double zoneHigh, double atr, Swings swings)
{
    const Rule &rule = ruleFor(type);
    const double size = zoneHigh - zoneLow;
    const double buffer = atr > 0 ? rule.buffer * atr : rule.buffer * size;
    const bool bullish = direction == model::Direction::Bullish;
    model::TradingLevels out;
    out.atr = atr;
    // Bearish mirrors every sign: entry at the other edge, stop above the zone, targets below toward the swing low.
    const double sign = bullish ? 1.0 : -1.0;
    out.entry = rule.entryAtMid ? (zoneHigh + zoneLow) / 2 : (bullish ? zoneHigh : zoneLow);
    out.stop = bullish ? zoneLow - buffer : zoneHigh + buffer;
    const double risk = std::abs(out.entry - out.stop);
    const double swing = bullish ? swings.high : swings.low;
    const bool swingBeyond = bullish ? swing > out.entry : swing < out.entry;
    if (swingBeyond) {
        const double first = out.entry + sign * rule.firstMultiple * risk;
        out.tp1 = rule.capFirstAtSwing ? (bullish ? std::min(first, swing) : std::max(first, swing)) : first;
        out.tp2 = swing;
        out.tp3 = rule.thirdIsSwingPlusRisk ? swing + sign * risk
                                            : (bullish ? swing + rule.thirdFromSwing * (swing - out.entry)
                                                       : swing - rule.thirdFromSwing * (out.entry - swing));
    } else {
        out.tp1 = out.entry + sign * rule.fallback[0] * risk;
        out.tp2 = out.entry + sign * rule.fallback[1] * risk;
        out.tp3 = out.entry + sign * rule.fallback[2] * risk;
    }
    out.rr1 = rewardRisk(out.tp1, out.entry, risk);
    out.rr2 = rewardRisk(out.tp2, out.entry, risk);
    out.rr3 = rewardRisk(out.tp3, out.entry, risk);
    return out;
}

} // namespace cl::analysis
