#include "alerts/ratelimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void slidingWindow()
    {
        cl::alerts::RateLimiter limiter(3, 60'000);
        for (const qint64 t : {0, 10'000, 20'000}) {
            QCOMPARE(limiter.nextAllowedAt(t), t);
            limiter.record(t);
        }
        QCOMPARE(limiter.nextAllowedAt(30'000), 60'000); // the oldest leaves the window at 60 s
        QCOMPARE(limiter.nextAllowedAt(60'000), 60'000);
        limiter.record(60'000);
        QCOMPARE(limiter.nextAllowedAt(60'001), 70'000);
    }

    void zeroMeansUnlimited()
    {
        cl::alerts::RateLimiter limiter(0, 60'000);
        for (int i = 0; i < 100; ++i)
            limiter.record(0);
        QCOMPARE(limiter.nextAllowedAt(0), 0);
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
