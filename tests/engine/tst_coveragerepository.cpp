#include "storage/coveragerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl;
using storage::CoverageRange;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1'780'272'000'000LL;
using Kind = CoverageRange::Kind;

struct Row
{
    Kind kind;
    qint64 start; // minutes after kT0
    qint64 end;
};
} // namespace

Q_DECLARE_METATYPE(QList<Row>)

// The feed's coverage record (migration 0004): stored ranges merge, stored minutes remove holes.
class TestCoverageRepository : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data()
    {
        QTest::addColumn<QList<Row>>("writes");
        QTest::addColumn<QList<Row>>("expected");
        QTest::newRow("one range") << QList<Row>{{Kind::Stored, 0, 9}} << QList<Row>{{Kind::Stored, 0, 9}};
        QTest::newRow("overlap merges") << QList<Row>{{Kind::Stored, 0, 9}, {Kind::Stored, 5, 20}}
                                        << QList<Row>{{Kind::Stored, 0, 20}};
        QTest::newRow("adjacent merges") << QList<Row>{{Kind::Stored, 0, 9}, {Kind::Stored, 10, 12}}
                                         << QList<Row>{{Kind::Stored, 0, 12}};
        QTest::newRow("gap stays") << QList<Row>{{Kind::Stored, 0, 9}, {Kind::Stored, 11, 12}}
                                   << QList<Row>{{Kind::Stored, 0, 9}, {Kind::Stored, 11, 12}};
        QTest::newRow("bridging merges three") << QList<Row>{{Kind::Stored, 0, 2}, {Kind::Stored, 6, 8}, {Kind::Stored, 3, 5}}
                                               << QList<Row>{{Kind::Stored, 0, 8}};
        QTest::newRow("duplicate write") << QList<Row>{{Kind::Stored, 0, 9}, {Kind::Stored, 0, 9}}
                                         << QList<Row>{{Kind::Stored, 0, 9}};
        QTest::newRow("hole filled") << QList<Row>{{Kind::Hole, 3, 5}, {Kind::Stored, 0, 9}} << QList<Row>{{Kind::Stored, 0, 9}};
        QTest::newRow("hole split") << QList<Row>{{Kind::Hole, 0, 9}, {Kind::Stored, 4, 5}}
                                    << QList<Row>{{Kind::Hole, 0, 3}, {Kind::Stored, 4, 5}, {Kind::Hole, 6, 9}};
        QTest::newRow("holes merge") << QList<Row>{{Kind::Hole, 0, 3}, {Kind::Hole, 2, 6}} << QList<Row>{{Kind::Hole, 0, 6}};
        QTest::newRow("reversed range ignored") << QList<Row>{{Kind::Stored, 9, 0}} << QList<Row>{};
    }
    void ranges()
    {
        QFETCH(QList<Row>, writes);
        QFETCH(QList<Row>, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(path, storage::SqlConnection::Mode::ReadWrite, &error));
        const auto id = storage::SymbolRepository(connection).ensure(model::ExchangeId::Binance,
                                                                     *model::Symbol::parse(QStringLiteral("BTC/USDT")), &error);
        QVERIFY(id);
        storage::CoverageRepository coverage(connection);
        for (const Row &row : writes) {
            const qint64 start = kT0 + row.start * kMin;
            const qint64 end = kT0 + row.end * kMin;
            const bool ok = row.kind == Kind::Stored ? coverage.addStored(*id, start, end, kT0, &error)
                                                     : coverage.addHole(*id, start, end, kT0 + 5'000, QStringLiteral("HTTP 500"), kT0, &error);
            QVERIFY2(ok, qPrintable(error));
        }
        const QList<CoverageRange> ranges = coverage.ranges(*id, &error);
        QCOMPARE(ranges.size(), expected.size());
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            QCOMPARE(ranges[i].kind, expected[i].kind);
            QCOMPARE(ranges[i].start, kT0 + expected[i].start * kMin);
            QCOMPARE(ranges[i].end, kT0 + expected[i].end * kMin);
            if (ranges[i].kind == Kind::Hole)
                QCOMPARE(ranges[i].lastError, QStringLiteral("HTTP 500"));
        }
    }

    void holeAttemptsCount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(path, storage::SqlConnection::Mode::ReadWrite, &error));
        const auto id = storage::SymbolRepository(connection).ensure(model::ExchangeId::Binance,
                                                                     *model::Symbol::parse(QStringLiteral("BTC/USDT")), &error);
        storage::CoverageRepository coverage(connection);
        for (int attempt = 1; attempt <= 3; ++attempt)
            QVERIFY(coverage.addHole(*id, kT0, kT0 + 10 * kMin, kT0 + attempt * 1'000, QStringLiteral("HTTP 503"), kT0, &error));
        const QList<CoverageRange> holes = coverage.holes(*id, &error);
        QCOMPARE(holes.size(), 1);
        QCOMPARE(holes.first().attempts, 3);
        QCOMPARE(holes.first().nextRetryMs, kT0 + 3'000);
    }
};

QTEST_GUILESS_MAIN(TestCoverageRepository)
#include "tst_coveragerepository.moc"
