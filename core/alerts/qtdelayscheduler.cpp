#include "qtdelayscheduler.h"

#include <QTimer>

#include <algorithm>

namespace cl::alerts {

QtDelayScheduler::~QtDelayScheduler() { qDeleteAll(m_timers); }

DelayScheduler::TaskId QtDelayScheduler::schedule(qint64 delayMs, Task task)
{
    const TaskId id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id, task = std::move(task)] {
        if (QTimer *t = m_timers.take(id))
            t->deleteLater();
        task();
    });
    m_timers.insert(id, timer);
    timer->start(int(std::clamp<qint64>(delayMs, 0, 24LL * 3600 * 1000)));
    return id;
}

void QtDelayScheduler::cancel(TaskId id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace cl::alerts
