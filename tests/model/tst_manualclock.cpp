#include "model/manualclock.h"
#include "model/systemclock.h"

#include <QTest>

using namespace cl::model;

class TstManualClock : public QObject
{
    Q_OBJECT

private slots:
    void movesOnlyWhenTold()
    {
        ManualClock clock(1'000);
        const Clock &asClock = clock;
        QCOMPARE(asClock.nowMs(), 1'000);
        QCOMPARE(asClock.nowMs(), 1'000);
        clock.advanceMs(250);
        QCOMPARE(asClock.nowMs(), 1'250);
        clock.setNowMs(42);
        QCOMPARE(asClock.nowMs(), 42);
    }

    void systemClockIsAfter2020()
    {
        QVERIFY(SystemClock::instance().nowMs() > 1'577'836'800'000LL);
    }
};

QTEST_APPLESS_MAIN(TstManualClock)
#include "tst_manualclock.moc"
