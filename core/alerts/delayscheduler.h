#pragma once

#include <QtGlobal>

#include <functional>

namespace cl::alerts {

// "Run this in N ms": the only way delivery and the AlertWorker wait (retry backoff, request timeouts,
// batching windows, throttling). Production uses QtDelayScheduler (QTimer); tests use ManualDelayScheduler
// over a ManualClock, so no test sleeps.
class DelayScheduler
{
public:
    using Task = std::function<void()>;
    using TaskId = quint64;

    virtual ~DelayScheduler() = default;
    // Runs task on the scheduler's thread after delayMs (0: at the next turn). Returns an id for cancel().
    virtual TaskId schedule(qint64 delayMs, Task task) = 0;
    // Forgets a task that has not run yet; unknown ids are ignored.
    virtual void cancel(TaskId id) = 0;
};

} // namespace cl::alerts
