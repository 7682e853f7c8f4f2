#include "manualdelayscheduler.h"

#include <algorithm>

namespace cl::alerts {

DelayScheduler::TaskId ManualDelayScheduler::schedule(qint64 delayMs, Task task)
{
    const TaskId id = m_nextId++;
    m_tasks.emplace(std::pair{m_clock.nowMs() + std::max<qint64>(0, delayMs), id}, std::move(task));
    return id;
}

void ManualDelayScheduler::cancel(TaskId id)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->first.second == id) {
            m_tasks.erase(it);
            return;
        }
    }
}

void ManualDelayScheduler::advanceBy(qint64 ms)
{
    const qint64 target = m_clock.nowMs() + std::max<qint64>(0, ms);
    while (!m_tasks.empty() && m_tasks.begin()->first.first <= target) {
        auto it = m_tasks.begin();
        const qint64 due = it->first.first;
        Task task = std::move(it->second);
        m_tasks.erase(it);
        if (due > m_clock.nowMs())
            m_clock.setNowMs(due);
        task();
    }
    m_clock.setNowMs(target);
}

qint64 ManualDelayScheduler::nextDueMs() const { return m_tasks.empty() ? -1 : m_tasks.begin()->first.first; }

} // namespace cl::alerts
