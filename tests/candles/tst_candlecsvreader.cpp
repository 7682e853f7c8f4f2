#include "candles/candlecsvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <cstring>

using cl::candles::CandleCsvReader;
using cl::candles::CsvProblem;
using cl::model::Candle;
using cl::model::Timeframe;

namespace {

struct Outcome
{
    QList<Candle> rows;
    QList<CsvProblem> problems;
};

Outcome readAll(const QByteArray &text, Timeframe tf = Timeframe::M1)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CandleCsvReader reader(buffer, tf);
    Outcome outcome;
    CsvProblem problem;
    if (reader.readHeader(&problem) != CandleCsvReader::Result::Row) {
        outcome.problems.append(problem);
        return outcome;
    }
    Candle candle;
    while (true) {
        const auto result = reader.next(&candle, &problem);
        if (result == CandleCsvReader::Result::End || result == CandleCsvReader::Result::Error)
            break;
        if (result == CandleCsvReader::Result::Row)
            outcome.rows.append(candle);
        else
            outcome.problems.append(problem);
    }
    return outcome;
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A read-only device that produces `rows` valid 1m candle rows on the fly, so a gigabyte of CSV can be
// streamed without existing anywhere in memory or on disk.
class GeneratedCsv : public QIODevice
{
public:
    explicit GeneratedCsv(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next > m_rows)
                    break;
                m_pending = m_next == 0 ? QByteArray("timestamp,open,high,low,close,volume\n")
                                        : QByteArray::number(m_next * 60'000)
                            + ",61234.560000000000000000,61250.120000000000000000,61200.010000000000000000,"
                              "61240.000000000000000000,12.345678900000000000000000000000000000000000000\n";
                ++m_next;
            }
            const qint64 n = std::min<qint64>(maxSize - written, m_pending.size());
            std::memcpy(data + written, m_pending.constData(), size_t(n));
            m_pending.remove(0, n);
            written += n;
        }
        m_produced += written;
        return written == 0 && m_next > m_rows ? -1 : written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    qint64 m_produced = 0;
    QByteArray m_pending;
};

} // namespace

class TstCandleCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsValidRows()
    {
        const auto outcome = readAll("\xEF\xBB\xBFtimestamp,open,high,low,close,volume\r\n"
                                     "60000,1.5,2,1,1.75,0\r\n"
                                     "1970-01-01T00:02:00Z, 2 ,3,1.5,2.5,10.25\r\n"
                                     "\r\n"
                                     "1970-01-01T01:03:00+01:00,2,3,1.5,2.5,1e3"); // no final newline
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(outcome.rows.size(), 3);
        QCOMPARE(outcome.rows[0], (Candle{60'000, 1.5, 2, 1, 1.75, 0}));
        QCOMPARE(outcome.rows[1], (Candle{120'000, 2, 3, 1.5, 2.5, 10.25}));
        QCOMPARE(outcome.rows[2].openTime, 180'000);
        QCOMPARE(outcome.rows[2].volume, 1000.0);
    }

    void rejectsEachBadKind_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("columns") << QByteArray("60000,1,1,1,1") << "wrong column count: expected 6, found 5";
        QTest::newRow("extra column") << QByteArray("60000,1,1,1,1,1,1") << "wrong column count: expected 6, found 7";
        QTest::newRow("empty field") << QByteArray("60000,,1,1,1,1") << "non-numeric open ''";
        QTest::newRow("letters") << QByteArray("60000,1,1x,1,1,1") << "non-numeric high '1x'";
        QTest::newRow("comma decimal") << QByteArray("60000,1;5,1,1,1,1") << "non-numeric open";
        QTest::newRow("nan") << QByteArray("60000,1,1,1,nan,1") << "close is NaN";
        QTest::newRow("inf") << QByteArray("60000,1,1,1,1,inf") << "volume 'inf' is infinite";
        QTest::newRow("overflow") << QByteArray("60000,1,1e999,1,1,1") << "high '1e999' is infinite or out of range";
        QTest::newRow("negative") << QByteArray("60000,-1,1,1,1,1") << "negative open '-1'";
        QTest::newRow("zero price") << QByteArray("60000,0,1,0,1,1") << "open is zero";
        QTest::newRow("high below") << QByteArray("60000,1,1.5,1,2,1") << "high 1.5 is below max(open, close) 2";
        QTest::newRow("low above") << QByteArray("60000,1,2,1.2,1.5,1") << "low 1.2 is above min(open, close) 1";
        QTest::newRow("bad timestamp") << QByteArray("yesterday,1,1,1,1,1") << "invalid timestamp 'yesterday'";
        QTest::newRow("no zone") << QByteArray("1970-01-01T00:01:00,1,1,1,1,1") << "invalid timestamp";
        QTest::newRow("bad date") << QByteArray("2023-02-29T00:00:00Z,1,1,1,1,1") << "invalid timestamp";
        QTest::newRow("unaligned") << QByteArray("60001,1,1,1,1,1") << "timestamp 60001 is not aligned to 1m";
        QTest::newRow("huge line") << QByteArray(200'000, '9') << "line is longer than 65536 bytes";
    }
    void rejectsEachBadKind()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const auto outcome = readAll("timestamp,open,high,low,close,volume\n" + row + "\n120000,1,1,1,1,1\n");
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems[0].line, 2);
        QVERIFY2(outcome.problems[0].reason.contains(reason), qPrintable(outcome.problems[0].reason));
        QCOMPARE(outcome.rows.size(), 1); // the valid row after it is kept
        QCOMPARE(outcome.rows[0].openTime, 120'000);
    }

    void orderIsCheckedAgainstTheLastValidRow()
    {
        const auto outcome = readAll("timestamp,open,high,low,close,volume\n"
                                     "120000,1,1,1,1,1\n"
                                     "120000,1,1,1,1,1\n"   // duplicate
                                     "60000,1,1,1,1,1\n"    // out of order
                                     "180000,x,1,1,1,1\n"   // invalid: not the new reference
                                     "180000,1,1,1,1,1\n");
        QCOMPARE(outcome.rows.size(), 2);
        QCOMPARE(outcome.problems.size(), 3);
        QVERIFY(outcome.problems[0].reason.contains(QLatin1String("duplicate timestamp 120000 (first on line 2)")));
        QVERIFY(outcome.problems[1].reason.contains(QLatin1String("out-of-order timestamp 60000")));
    }

    void alignmentFollowsTheTimeframe()
    {
        const auto weekly = readAll("timestamp,open,high,low,close,volume\n2024-02-26T00:00:00Z,1,1,1,1,1\n2024-03-01T00:00:00Z,1,1,1,1,1\n",
                                    Timeframe::W1);
        QCOMPARE(weekly.rows.size(), 1);
        QCOMPARE(weekly.problems.size(), 1);
        QVERIFY(weekly.problems[0].reason.contains(QLatin1String("not aligned to 1w")));
    }

    void headerProblems()
    {
        QVERIFY(readAll("").problems.value(0).reason.contains(QLatin1String("empty")));
        QVERIFY(readAll("ts,o,h,l,c,v\n").problems.value(0).reason.contains(QLatin1String("header must be")));
    }

    void timestampFormats_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << QByteArray("1709294400000") << qint64(1'709'294'400'000);
        QTest::newRow("iso Z") << QByteArray("2024-03-01T12:00:00Z") << qint64(1'709'294'400'000);
        QTest::newRow("iso millis") << QByteArray("2024-03-01T12:00:00.250Z") << qint64(1'709'294'400'250);
        QTest::newRow("iso offset") << QByteArray("2024-03-01T13:30:00+01:30") << qint64(1'709'294'400'000);
        QTest::newRow("iso space") << QByteArray("2024-03-01 12:00:00Z") << qint64(1'709'294'400'000);
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1'709'164'800'000);
        QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:00Z") << qint64(-60'000);
    }
    void timestampFormats()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        qint64 parsed = 0;
        QVERIFY(CandleCsvReader::parseTimestamp(std::string_view(text.constData(), size_t(text.size())), &parsed));
        QCOMPARE(parsed, ms);
    }

    // A gigabyte of rows streams through a fixed buffer: memory does not grow with the file.
    void gigabyteStreamsInConstantMemory()
    {
        constexpr qint64 rows = 7'500'000; // ~146 bytes a row: just over 1 GiB
        GeneratedCsv device(rows);
        CandleCsvReader reader(device, Timeframe::M1);
        CsvProblem problem;
        QCOMPARE(reader.readHeader(&problem), CandleCsvReader::Result::Row);
        const qint64 peakBefore = peakResidentKiB();
        Candle candle;
        qint64 count = 0;
        while (reader.next(&candle, &problem) == CandleCsvReader::Result::Row)
            ++count;
        QCOMPARE(count, rows);
        QVERIFY(device.produced() > (qint64(1) << 30));
        QCOMPARE(candle.openTime, rows * 60'000);
        const qint64 growthKiB = peakResidentKiB() - peakBefore;
        QVERIFY2(growthKiB < 32 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(growthKiB)));
    }
};

QTEST_GUILESS_MAIN(TstCandleCsvReader)
#include "tst_candlecsvreader.moc"
