#include "candles/recenttradeids.h"

#include <QTest>

#include <deque>
#include <random>
#include <set>

using cl::candles::RecentTradeIds;

class TstRecentTradeIds : public QObject
{
    Q_OBJECT

private slots:
    // Against a plain model (a deque of the last N distinct ids): eviction and the index's deletions must agree
    // after millions of operations, with many hash collisions in the small table.
    void matchesAReferenceModel_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("idRange");
        QTest::newRow("tiny") << 1 << 4;
        QTest::newRow("small, heavy reuse") << 7 << 20;
        QTest::newRow("default size") << 4096 << 12'000;
        QTest::newRow("ids rarely repeat") << 64 << 1'000'000;
    }

    void matchesAReferenceModel()
    {
        QFETCH(int, capacity);
        QFETCH(int, idRange);
        RecentTradeIds ids(capacity);
        std::deque<QString> order;
        std::set<QString> members;
        std::mt19937_64 rng(quint64(capacity) * 31 + quint64(idRange));
        for (int i = 0; i < 200'000; ++i) {
            const QString id = QString::number(rng() % quint64(idRange));
            const bool expectedNew = !members.contains(id);
            QCOMPARE(ids.insert(id), expectedNew);
            if (expectedNew) {
                order.push_back(id);
                members.insert(id);
                if (int(order.size()) > capacity) {
                    members.erase(order.front());
                    order.pop_front();
                }
            }
            QCOMPARE(ids.size(), int(order.size()));
        }
        for (const QString &id : order)
            QVERIFY(ids.contains(id));
    }

    void emptyIdsAreNeverDuplicates()
    {
        RecentTradeIds ids(4);
        QVERIFY(ids.insert(QString()));
        QVERIFY(ids.insert(QString()));
        QCOMPARE(ids.size(), 0);
    }

    void hugeAndOddIds()
    {
        RecentTradeIds ids(16);
        const QString huge(100'000, QLatin1Char('7'));
        QVERIFY(ids.insert(huge));
        QVERIFY(!ids.insert(QString(100'000, QLatin1Char('7'))));
        QVERIFY(ids.insert(QStringLiteral("18446744073709551616"))); // above uint64: still just text
        QVERIFY(ids.insert(QStringLiteral("9c1e0d42-5f37-4a1e-9a43-2f6a2b7d2b11")));
        QVERIFY(!ids.insert(QStringLiteral("9c1e0d42-5f37-4a1e-9a43-2f6a2b7d2b11")));
    }
};

QTEST_GUILESS_MAIN(TstRecentTradeIds)
#include "tst_recenttradeids.moc"
