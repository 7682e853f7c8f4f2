#include "market/reconnectbackoff.h"

#include <QTest>

#include <vector>

using cl::market::ReconnectBackoff;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesToTheCap_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first") << 0 << qint64(1'000);
        QTest::newRow("second") << 1 << qint64(2'000);
        QTest::newRow("third") << 2 << qint64(4'000);
        QTest::newRow("sixth") << 5 << qint64(32'000);
        QTest::newRow("capped") << 6 << qint64(60'000);
        QTest::newRow("far past the cap") << 200 << qint64(60'000);
    }
    void ceilingDoublesToTheCap()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, ceiling);
        ReconnectBackoff backoff(42);
        for (int i = 0; i < attempts; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.ceilingMs(), ceiling);
    }

    void fullJitterStaysWithinTheCeiling()
    {
        ReconnectBackoff backoff(7);
        for (int i = 0; i < 1000; ++i) {
            const qint64 ceiling = backoff.ceilingMs();
            const qint64 delay = backoff.nextDelayMs();
            QVERIFY(delay >= 0);
            QVERIFY2(delay <= ceiling, qPrintable(QStringLiteral("%1 > %2").arg(delay).arg(ceiling)));
        }
    }

    void jitterSpreadsOverTheWholeRange()
    {
        // Full jitter, not "ceiling +- a little": capped draws land in every sixth of [0, 60 s].
        ReconnectBackoff backoff(11);
        for (int i = 0; i < 10; ++i)
            backoff.nextDelayMs();
        std::vector<int> buckets(6, 0);
        for (int i = 0; i < 600; ++i)
            ++buckets[size_t(std::min<qint64>(5, backoff.nextDelayMs() / 10'000))];
        for (int count : buckets)
            QVERIFY(count > 50);
    }

    void sameSeedSameDelays()
    {
        ReconnectBackoff a(1234);
        ReconnectBackoff b(1234);
        ReconnectBackoff c(4321);
        bool differs = false;
        for (int i = 0; i < 20; ++i) {
            const qint64 x = a.nextDelayMs();
            QCOMPARE(b.nextDelayMs(), x);
            differs = differs || c.nextDelayMs() != x;
        }
        QVERIFY(differs);
    }

    void injectedRandomIsUsedExactly()
    {
        double next = 0.5;
        ReconnectBackoff backoff([&next] { return next; }, ReconnectBackoff::Options{});
        QCOMPARE(backoff.nextDelayMs(), qint64(500));   // 0.5 * (1000 + 1) floored
        next = 0.0;
        QCOMPARE(backoff.nextDelayMs(), qint64(0));
        next = 0.999999;
        QCOMPARE(backoff.nextDelayMs(), qint64(4'000)); // the ceiling itself is reachable
        next = 7.0;                                     // a broken source is clamped, never past the ceiling
        QCOMPARE(backoff.nextDelayMs(), qint64(8'000));
    }

    void resetStartsOver()
    {
        ReconnectBackoff backoff(3);
        for (int i = 0; i < 8; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.attempts(), 8);
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.ceilingMs(), qint64(1'000));
        QVERIFY(backoff.nextDelayMs() <= 1'000);
    }

    void customOptions()
    {
        ReconnectBackoff backoff(5, ReconnectBackoff::Options{100, 250});
        QCOMPARE(backoff.ceilingMs(), qint64(100));
        backoff.nextDelayMs();
        QCOMPARE(backoff.ceilingMs(), qint64(200));
        backoff.nextDelayMs();
        QCOMPARE(backoff.ceilingMs(), qint64(250));
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
