#include "model/timeframe.h"

#include <QDateTime>
#include <QTest>

using cl::model::Timeframe;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

class TstTimeframe : public QObject
{
    Q_OBJECT

private slots:
    void parseAndFormat_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minutes");
        const QList<QPair<const char *, qint64>> rows{{"1m", 1},   {"3m", 3},     {"5m", 5},    {"15m", 15},
                                                      {"30m", 30}, {"1h", 60},    {"2h", 120},  {"4h", 240},
                                                      {"6h", 360}, {"12h", 720},  {"1d", 1440}, {"1w", 10080}};
        for (const auto &[code, minutes] : rows)
            QTest::newRow(code) << QString::fromLatin1(code) << minutes;
    }
    void parseAndFormat()
    {
        QFETCH(QString, code);
        QFETCH(qint64, minutes);
        const auto tf = Timeframe::parse(code);
        QVERIFY(tf.has_value());
        QCOMPARE(tf->toString(), code);
        QCOMPARE(tf->durationMs(), minutes * 60'000);
    }

    void rejectsUnknownCodes_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *bad : {"", "1", "2m", "1H", "60m", "1M", "1y", " 1m", "1m ", "1mo", "4h4"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsUnknownCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!Timeframe::parse(code).has_value());
    }

    void allIsOrderedAndComplete()
    {
        const auto &all = Timeframe::all();
        QCOMPARE(int(all.size()), Timeframe::Count);
        for (int i = 1; i < Timeframe::Count; ++i)
            QVERIFY(all[i - 1].durationMs() < all[i].durationMs());
    }

    void bucketStart_data()
    {
        QTest::addColumn<QString>("tf");
        QTest::addColumn<qint64>("ts");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("1m inside") << "1m" << utc("2024-03-01T12:00:59.999Z") << utc("2024-03-01T12:00:00Z");
        QTest::newRow("1m exact") << "1m" << utc("2024-03-01T12:01:00Z") << utc("2024-03-01T12:01:00Z");
        QTest::newRow("3m") << "3m" << utc("2024-03-01T12:05:00Z") << utc("2024-03-01T12:03:00Z");
        QTest::newRow("15m") << "15m" << utc("2024-03-01T12:44:59Z") << utc("2024-03-01T12:30:00Z");
        QTest::newRow("4h") << "4h" << utc("2024-03-01T03:59:59Z") << utc("2024-03-01T00:00:00Z");
        QTest::newRow("6h") << "6h" << utc("2024-03-01T17:00:00Z") << utc("2024-03-01T12:00:00Z");
        QTest::newRow("12h") << "12h" << utc("2024-03-01T11:59:59Z") << utc("2024-03-01T00:00:00Z");
        QTest::newRow("1d leap day") << "1d" << utc("2024-02-29T23:59:59.999Z") << utc("2024-02-29T00:00:00Z");
        QTest::newRow("1d year end") << "1d" << utc("2023-12-31T23:59:59Z") << utc("2023-12-31T00:00:00Z");
        QTest::newRow("1d new year") << "1d" << utc("2024-01-01T00:00:00Z") << utc("2024-01-01T00:00:00Z");
        // 2024-03-01 is a Friday: its week started Monday 2024-02-26.
        QTest::newRow("1w friday") << "1w" << utc("2024-03-01T12:00:00Z") << utc("2024-02-26T00:00:00Z");
        QTest::newRow("1w monday start") << "1w" << utc("2024-02-26T00:00:00Z") << utc("2024-02-26T00:00:00Z");
        QTest::newRow("1w sunday end") << "1w" << utc("2024-03-03T23:59:59.999Z") << utc("2024-02-26T00:00:00Z");
        // A week across the year boundary: Monday 2024-12-30 to Sunday 2025-01-05.
        QTest::newRow("1w across year") << "1w" << utc("2025-01-02T08:00:00Z") << utc("2024-12-30T00:00:00Z");
        QTest::newRow("1w epoch thursday") << "1w" << qint64(0) << utc("1969-12-29T00:00:00Z");
        QTest::newRow("1m before epoch") << "1m" << qint64(-1) << qint64(-60'000);
    }
    void bucketStart()
    {
        QFETCH(QString, tf);
        QFETCH(qint64, ts);
        QFETCH(qint64, expected);
        const Timeframe timeframe = *Timeframe::parse(tf);
        QCOMPARE(timeframe.bucketStart(ts), expected);
        QVERIFY(timeframe.isAligned(expected));
    }

    void weeklyBucketsAlwaysStartOnMonday()
    {
        const Timeframe week(Timeframe::W1);
        for (qint64 day = 0; day < 800; ++day) {
            const qint64 ts = utc("2023-06-01T00:00:00Z") + day * 86'400'000 + 12345;
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(week.bucketStart(ts), Qt::UTC);
            QCOMPARE(start.date().dayOfWeek(), 1);
            QCOMPARE(start.time(), QTime(0, 0));
            QVERIFY(ts - week.bucketStart(ts) < week.durationMs());
        }
    }

    void everyBucketHoldsItsTimestamp()
    {
        for (Timeframe tf : Timeframe::all()) {
            for (qint64 ts = utc("2024-12-30T22:00:00Z"); ts < utc("2025-01-02T02:00:00Z"); ts += 7 * 60'000 + 13) {
                const qint64 start = tf.bucketStart(ts);
                QVERIFY(start <= ts);
                QVERIFY(ts < start + tf.durationMs());
                QCOMPARE(tf.bucketStart(start), start);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TstTimeframe)
#include "tst_timeframe.moc"
