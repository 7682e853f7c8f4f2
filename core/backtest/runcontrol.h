#pragma once

#include <atomic>
#include <functional>

namespace cl::backtest {

// How a long run is watched and stopped: a flag another thread may set, and progress in [0, 1]
// (called from the working thread, at most every few thousand candles).
struct RunControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

} // namespace cl::backtest
