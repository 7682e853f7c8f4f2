#pragma once

#include "delayscheduler.h"

#include <QObject>
#include <QHash>

class QTimer;

namespace cl::alerts {

// DelayScheduler over single-shot QTimers living in the thread of `context` (or of this object).
class QtDelayScheduler final : public QObject, public DelayScheduler
{
    Q_OBJECT

public:
    explicit QtDelayScheduler(QObject *parent = nullptr) : QObject(parent) {}
    ~QtDelayScheduler() override;

    TaskId schedule(qint64 delayMs, Task task) override;
    void cancel(TaskId id) override;

private:
    QHash<TaskId, QTimer *> m_timers;
    TaskId m_nextId = 1;
};

} // namespace cl::alerts
