#include "market/connectionbudget.h"
#include "model/manualclock.h"

#include <QTest>

using cl::market::ConnectionBudget;
using cl::model::ManualClock;

class TestConnectionBudget : public QObject
{
    Q_OBJECT

private slots:
    void usesHalfOfTheExchangeLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<int>("allowed");
        QTest::newRow("binance 300 / 5 min") << 300 << qint64(300'000) << 150;
        QTest::newRow("kucoin 30 / min") << 30 << qint64(60'000) << 15;
        QTest::newRow("okx 3 / s") << 3 << qint64(1'000) << 1;
        QTest::newRow("one") << 1 << qint64(1'000) << 1;
        QTest::newRow("no documented limit") << 0 << qint64(0) << 0;
    }
    void usesHalfOfTheExchangeLimit()
    {
        QFETCH(int, limit);
        QFETCH(qint64, window);
        QFETCH(int, allowed);
        ManualClock clock(1'000'000);
        ConnectionBudget budget(clock, limit, window);
        QCOMPARE(budget.allowed(), allowed);
    }

    void slidingWindow()
    {
        ManualClock clock(1'000'000);
        ConnectionBudget budget(clock, 300, 300'000);
        for (int i = 0; i < 150; ++i) {
            QCOMPARE(budget.delayBeforeNextMs(), qint64(0));
            budget.recordAttempt();
            clock.advanceMs(1'000); // one attempt per second
        }
        // 150 attempts at t0 .. t0+149 s; now t0+150 s: the first leaves the window at t0+300 s.
        QCOMPARE(budget.attemptsInWindow(), 150);
        QCOMPARE(budget.delayBeforeNextMs(), qint64(150'000));
        clock.advanceMs(149'999);
        QCOMPARE(budget.delayBeforeNextMs(), qint64(1));
        clock.advanceMs(1);
        QCOMPARE(budget.delayBeforeNextMs(), qint64(0));
        budget.recordAttempt();
        QCOMPARE(budget.delayBeforeNextMs(), qint64(1'000)); // the second attempt leaves one second later
        clock.advanceMs(300'000);
        QCOMPARE(budget.attemptsInWindow(), 0);
    }

    void unlimitedNeverWaits()
    {
        ManualClock clock(5);
        ConnectionBudget budget(clock, 0, 0);
        for (int i = 0; i < 10'000; ++i)
            budget.recordAttempt();
        QCOMPARE(budget.delayBeforeNextMs(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestConnectionBudget)
#include "tst_connectionbudget.moc"
