#include "views/signalfilterproxy.h"
#include "views/signallistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cl;

namespace {
model::Signal makeSignal(const char *symbol, model::Direction direction, qint64 createdAt, int score, model::SignalStatus status)
{
    model::Signal s;
    s.symbol = *model::Symbol::parse(QString::fromLatin1(symbol));
    s.direction = direction;
    s.createdAt = createdAt;
    s.score = score;
    s.status = status;
    s.entry = 100;
    s.stop = 99;
    return s;
}

QStringList shown(const QAbstractItemModel &proxy)
{
    QStringList symbols;
    for (int row = 0; row < proxy.rowCount(); ++row)
        symbols.append(proxy.index(row, ui::SignalListModel::Symbol).data().toString());
    return symbols;
}
} // namespace

class TstSignalFilterProxy : public QObject
{
    Q_OBJECT

private:
    ui::SignalListModel m_model;

private slots:
    void initTestCase()
    {
        using D = model::Direction;
        using S = model::SignalStatus;
        m_model.setSignals({makeSignal("BTC/USDT", D::Bullish, 1000, 3, S::Pending),
                            makeSignal("ETH/USDT", D::Bearish, 2000, 5, S::Filled),
                            makeSignal("ETH/BTC", D::Bullish, 3000, 4, S::Stopped),
                            makeSignal("SOL/USDT", D::Bearish, 4000, 6, S::TpHit)});
    }

    void filters_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("direction"); // -1 any
        QTest::addColumn<int>("status");    // -1 any
        QTest::addColumn<int>("minConfluence");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("BTC/USDT"), QStringLiteral("ETH/USDT"), QStringLiteral("ETH/BTC"), QStringLiteral("SOL/USDT")};
        QTest::newRow("no filter") << QString() << -1 << -1 << 0 << qint64(0) << qint64(0) << all;
        QTest::newRow("symbol, any case") << QStringLiteral("eth") << -1 << -1 << 0 << qint64(0) << qint64(0)
                                          << QStringList{QStringLiteral("ETH/USDT"), QStringLiteral("ETH/BTC")};
        QTest::newRow("symbol part matches base and quote") << QStringLiteral("BTC") << -1 << -1 << 0 << qint64(0) << qint64(0)
                                                            << QStringList{QStringLiteral("BTC/USDT"), QStringLiteral("ETH/BTC")};
        QTest::newRow("bearish") << QString() << int(model::Direction::Bearish) << -1 << 0 << qint64(0) << qint64(0)
                                 << QStringList{QStringLiteral("ETH/USDT"), QStringLiteral("SOL/USDT")};
        QTest::newRow("status filled") << QString() << -1 << int(model::SignalStatus::Filled) << 0 << qint64(0) << qint64(0)
                                       << QStringList{QStringLiteral("ETH/USDT")};
        QTest::newRow("min confluence 5") << QString() << -1 << -1 << 5 << qint64(0) << qint64(0)
                                          << QStringList{QStringLiteral("ETH/USDT"), QStringLiteral("SOL/USDT")};
        QTest::newRow("dates inclusive") << QString() << -1 << -1 << 0 << qint64(2000) << qint64(3000)
                                         << QStringList{QStringLiteral("ETH/USDT"), QStringLiteral("ETH/BTC")};
        QTest::newRow("only from") << QString() << -1 << -1 << 0 << qint64(3500) << qint64(0) << QStringList{QStringLiteral("SOL/USDT")};
        QTest::newRow("combined") << QStringLiteral("eth") << int(model::Direction::Bullish) << -1 << 4 << qint64(0) << qint64(0)
                                  << QStringList{QStringLiteral("ETH/BTC")};
        QTest::newRow("nothing matches") << QStringLiteral("DOGE") << -1 << -1 << 0 << qint64(0) << qint64(0) << QStringList{};
        QTest::newRow("confluence above any") << QString() << -1 << -1 << 99 << qint64(0) << qint64(0) << QStringList{};
    }
    void filters()
    {
        QFETCH(QString, symbol);
        QFETCH(int, direction);
        QFETCH(int, status);
        QFETCH(int, minConfluence);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QStringList, expected);
        ui::SignalFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_model);
        proxy.setSymbolFilter(symbol);
        proxy.setDirectionFilter(direction < 0 ? std::nullopt : std::optional(model::Direction(direction)));
        proxy.setStatusFilter(status < 0 ? std::nullopt : std::optional(model::SignalStatus(status)));
        proxy.setMinConfluence(minConfluence);
        proxy.setDateRange(from, to);
        QCOMPARE(shown(proxy), expected);
    }

    void liveSignalsAreFilteredToo()
    {
        ui::SignalListModel model;
        ui::SignalFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setMinConfluence(4);
        model.onSignalCreated(makeSignal("BTC/USDT", model::Direction::Bullish, 1, 3, model::SignalStatus::Pending));
        QCOMPARE(proxy.rowCount(), 0);
        model.onSignalCreated(makeSignal("ETH/USDT", model::Direction::Bullish, 2, 4, model::SignalStatus::Pending));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(TstSignalFilterProxy)
#include "tst_signalfilterproxy.moc"
