#pragma once

#include "analysissettings.h"
#include "model/pattern.h"

namespace cl::analysis {

// Step 1 of the evaluation order for one pattern and one later candle (spec/patterns.md "Status"):
// FVG and order block fill from the wick (lowest low / highest high since detection), the liquidity sweep
// status from the close, then expiry at `now`. Only active patterns change; the other statuses are final.
class PatternStatusUpdater
{
public:
    // Returns true when the status or the fill changed.
    static bool apply(model::Pattern &pattern, double high, double low, double close, qint64 now, qint64 expiryMs,
        const AnalysisSettings &settings)
    {
        // The common case inline: a wick that does not go beyond the extreme seen so far leaves an FVG's or
        // order block's fill as it is (same extreme, same formula), so only the expiry can change.
        if (pattern.status == model::PatternStatus::Active && pattern.type != model::PatternType::LiquiditySweep
            && (pattern.direction == model::Direction::Bullish ? low >= pattern.extreme : high <= pattern.extreme)) {
            if (now <= pattern.detectedAt + expiryMs)
                return false;
            pattern.status = model::PatternStatus::Expired;
            pattern.statusAt = now;
            return true;
        }
        return applyInFull(pattern, high, low, close, now, expiryMs, settings);
    }

private:
    static bool applyInFull(model::Pattern &pattern, double high, double low, double close, qint64 now, qint64 expiryMs,
        const AnalysisSettings &settings);
};

} // namespace cl::analysis
