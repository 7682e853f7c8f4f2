#include "alerts/manualdelayscheduler.h"

#include <QTest>

using namespace cl;

class TestManualDelayScheduler : public QObject
{
    Q_OBJECT

private slots:
    void runsInDueOrderAtDueTime()
    {
        model::ManualClock clock(1000);
        alerts::ManualDelayScheduler scheduler(clock);
        QList<QPair<int, qint64>> ran;
        scheduler.schedule(500, [&] { ran.append({2, clock.nowMs()}); });
        scheduler.schedule(100, [&] { ran.append({1, clock.nowMs()}); });
        scheduler.schedule(500, [&] { ran.append({3, clock.nowMs()}); }); // FIFO among equal due times
        QCOMPARE(scheduler.nextDueMs(), 1100);
        scheduler.advanceBy(99);
        QVERIFY(ran.isEmpty());
        scheduler.advanceBy(1);
        QCOMPARE(ran, (QList<QPair<int, qint64>>{{1, 1100}}));
        scheduler.advanceBy(10'000);
        QCOMPARE(ran, (QList<QPair<int, qint64>>{{1, 1100}, {2, 1500}, {3, 1500}}));
        QCOMPARE(clock.nowMs(), 11'100);
        QCOMPARE(scheduler.pending(), 0);
        QCOMPARE(scheduler.nextDueMs(), -1);
    }

    void tasksScheduledByTasksRunInTheSameAdvance()
    {
        model::ManualClock clock(0);
        alerts::ManualDelayScheduler scheduler(clock);
        QList<qint64> times;
        scheduler.schedule(1000, [&] {
            times << clock.nowMs();
            scheduler.schedule(2000, [&] { times << clock.nowMs(); });
        });
        scheduler.advanceBy(2999);
        QCOMPARE(times, (QList<qint64>{1000}));
        scheduler.advanceBy(1);
        QCOMPARE(times, (QList<qint64>{1000, 3000}));
    }

    void cancel()
    {
        model::ManualClock clock(0);
        alerts::ManualDelayScheduler scheduler(clock);
        int runs = 0;
        const auto id = scheduler.schedule(10, [&] { ++runs; });
        scheduler.schedule(0, [&] { ++runs; });
        scheduler.cancel(id);
        scheduler.cancel(12345); // unknown: ignored
        scheduler.schedule(-5, [&] { ++runs; }); // negative: now
        scheduler.runDue();
        QCOMPARE(runs, 2);
        scheduler.advanceBy(100);
        QCOMPARE(runs, 2);
    }
};

QTEST_APPLESS_MAIN(TestManualDelayScheduler)
#include "tst_manualdelayscheduler.moc"
