#include "signaltracker.h"

namespace cl::analysis {

using model::SignalStatus;

bool SignalTracker::advance(
    model::Signal &s, const model::Candle &candle, qint64 closeMs, const AnalysisSettings &settings)
{
    if (model::isFinal(s.status) || candle.openTime < s.createdAt)
        return false;
    const bool isLong = s.direction == model::Direction::Bullish;
    const SignalStatus before = s.status;
    const bool reachesStop = isLong ? candle.low <= s.stop : candle.high >= s.stop;
    if (s.status == SignalStatus::Pending || s.status == SignalStatus::Notified) {
        const bool touchesEntry = isLong ? candle.low <= s.entry : candle.high >= s.entry;
        if (touchesEntry)
            s.status = reachesStop ? SignalStatus::Stopped : SignalStatus::Filled;
        else if (closeMs > s.createdAt + settings.expiryMs(s.sourceTimeframe))
            s.status = SignalStatus::Expired;
    } else if (s.status == SignalStatus::Filled) {
        const double target = settings.signalTakeProfit == 1 ? s.tp1 : settings.signalTakeProfit == 2 ? s.tp2 : s.tp3;
        if (reachesStop)
            s.status = SignalStatus::Stopped;
        else if (isLong ? candle.high >= target : candle.low <= target)
            s.status = SignalStatus::TpHit;
    }
    if (s.status == before)
        return false;
    s.statusAt = closeMs;
    return true;
}

} // namespace cl::analysis
