#pragma once

#include "analysissettings.h"
#include "model/candle.h"
#include "model/signal.h"

namespace cl::analysis {

// Advances a signal's status with later closed candles (the live engine uses 1m candles):
//   pending | notified -> filled when price trades at the entry (long: low <= entry; short: high >= entry),
//                         and stopped at once if that same candle also reaches the stop;
//                      -> expired when not filled by created_at + the source timeframe's pattern expiry;
//   filled -> stopped when price reaches the stop, else tp_hit when it reaches the chosen target
//             (settings.signalTakeProfit, TP1 by default). Stop first: one candle cannot tell the order,
//             so the conservative outcome is recorded.
// Candles that open before created_at are not "later" and are ignored.
class SignalTracker
{
public:
    // Returns true when the status changed; statusAt becomes closeMs.
    static bool advance(
        model::Signal &signal, const model::Candle &candle, qint64 closeMs, const AnalysisSettings &settings);
};

} // namespace cl::analysis
