#include "patternstatusupdater.h"

#include <algorithm>
#include <cmath>

namespace cl::analysis {

using model::Direction;
using model::PatternStatus;

bool PatternStatusUpdater::applyInFull(model::Pattern &p, double high, double low, double close, qint64 now,
    qint64 expiryMs, const AnalysisSettings &settings)
{
    if (p.status != PatternStatus::Active)
        return false;
    const double oldFill = p.fillPct;
    const bool bullish = p.direction == Direction::Bullish;
    const double size = p.zoneHigh - p.zoneLow;
    if (p.type == model::PatternType::LiquiditySweep) {
        // As the original: an invalidated sweep reads 0 %, a filled one 100 %, one still in play 50 %.
        const double invalidate = settings.sweepInvalidateSizes * size;
        const double fill = settings.sweepFillSizes * size;
        if (bullish ? close < p.zoneLow - invalidate : close > p.zoneHigh + invalidate) {
            p.status = PatternStatus::Invalidated;
            p.fillPct = 0.0;
        } else if (bullish ? close > p.zoneHigh + fill : close < p.zoneLow - fill) {
            p.status = PatternStatus::Filled;
            p.fillPct = 100.0;
        } else {
            p.fillPct = 50.0;
        }
    } else if (bullish) {
        if (std::isnan(p.extreme) || low < p.extreme)
            p.extreme = low;
        p.fillPct = std::clamp((p.zoneHigh - p.extreme) / size, 0.0, 1.0) * 100.0;
        if (low <= p.zoneLow) {
            p.status = PatternStatus::Filled;
            p.fillPct = 100.0;
        }
    } else {
        if (std::isnan(p.extreme) || high > p.extreme)
            p.extreme = high;
        p.fillPct = std::clamp((p.extreme - p.zoneLow) / size, 0.0, 1.0) * 100.0;
        if (high >= p.zoneHigh) {
            p.status = PatternStatus::Filled;
            p.fillPct = 100.0;
        }
    }
    if (p.status == PatternStatus::Active && now > p.detectedAt + expiryMs)
        p.status = PatternStatus::Expired; // fill% kept
    const bool statusChanged = p.status != PatternStatus::Active;
    if (statusChanged)
        p.statusAt = now;
    return statusChanged || p.fillPct != oldFill;
}

} // namespace cl::analysis
