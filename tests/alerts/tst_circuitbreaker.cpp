#include "alerts/circuitbreaker.h"

#include <QTest>

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterFiveFailuresForThirtySeconds()
    {
        cl::alerts::CircuitBreaker breaker(5, 30'000);
        for (int i = 0; i < 4; ++i) {
            breaker.recordFailure(1000);
            QVERIFY(breaker.allows(1000));
        }
        breaker.recordFailure(2000);
        QVERIFY(breaker.isOpen(2000));
        QVERIFY(breaker.isOpen(31'999));
        QVERIFY(breaker.allows(32'000)); // half-open: one trial
        breaker.recordFailure(32'500);   // the trial failed: open again
        QVERIFY(breaker.isOpen(62'499));
        QVERIFY(breaker.allows(62'500));
        breaker.recordSuccess();
        QCOMPARE(breaker.failures(), 0);
        QVERIFY(breaker.allows(62'501));
    }

    void successResetsTheCount()
    {
        cl::alerts::CircuitBreaker breaker(5, 30'000);
        for (int i = 0; i < 4; ++i)
            breaker.recordFailure(0);
        breaker.recordSuccess();
        for (int i = 0; i < 4; ++i)
            breaker.recordFailure(0);
        QVERIFY(breaker.allows(0));
    }
};

QTEST_APPLESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
