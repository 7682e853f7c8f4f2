#pragma once

#include "delayscheduler.h"
#include "model/manualclock.h"

#include <map>
#include <utility>

namespace cl::alerts {

// Tasks run only when the test moves time: advanceBy() steps the ManualClock to each due task in order and
// runs it, so "retry after 1 s" is checked by advancing 999 ms (nothing) and 1 ms (the retry).
class ManualDelayScheduler final : public DelayScheduler
{
public:
    explicit ManualDelayScheduler(model::ManualClock &clock) : m_clock(clock) {}

    TaskId schedule(qint64 delayMs, Task task) override;
    void cancel(TaskId id) override;

    // Moves the clock by ms, running every task that falls due on the way (at its due time).
    void advanceBy(qint64 ms);
    // Runs what is due now without moving the clock.
    void runDue() { advanceBy(0); }
    // The due time of the next task, -1 when none.
    qint64 nextDueMs() const;
    int pending() const { return int(m_tasks.size()); }

private:
    model::ManualClock &m_clock;
    std::multimap<std::pair<qint64, TaskId>, Task> m_tasks; // by (due, id): FIFO among equal due times
    TaskId m_nextId = 1;
};

} // namespace cl::alerts
