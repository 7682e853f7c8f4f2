// JournalTradeMarkers: the journal's fills as chart markers, per series.
#include "portfolio/journaltrademarkers.h"

#include <QTest>

using namespace cl;
using portfolio::Direction;
using portfolio::FillKind;

class TstJournalTradeMarkers : public QObject
{
    Q_OBJECT

private:
    static portfolio::Trade trade(const QString &exchange, const QString &symbol, Direction direction,
                                  std::vector<portfolio::Fill> fills)
    {
        portfolio::Trade t;
        t.exchange = exchange;
        t.symbol = symbol;
        t.direction = direction;
        t.fills = std::move(fills);
        return t;
    }

private slots:
    void everyFillIsAMarkerPointingTheWayItTraded()
    {
        const ui::JournalTradeMarkers markers({
            trade(QStringLiteral("binance"), QStringLiteral("BTC/USDT"), Direction::Long,
                  {{0, FillKind::Entry, 1000, 100.0, 1.0, 0.0}, {0, FillKind::Exit, 5000, 110.0, 0.5, 0.0},
                   {0, FillKind::Exit, 9000, 120.0, 0.5, 0.0}}),
            trade(QStringLiteral("binance"), QStringLiteral("BTC/USDT"), Direction::Short,
                  {{0, FillKind::Entry, 2000, 105.0, 1.0, 0.0}, {0, FillKind::Exit, 3000, 101.0, 1.0, 0.0}}),
        });
        const chart::TradeMarkerList btc = markers.forSeries(QStringLiteral("binance"), QStringLiteral("BTC/USDT"));
        QCOMPARE(btc.size(), size_t(5));
        // The long buys in and sells out; the short sells in and buys back.
        QCOMPARE(btc[0].timeMs, qint64(1000));
        QCOMPARE(btc[0].price, 100.0);
        QVERIFY(btc[0].buy);
        QCOMPARE(btc[0].label, QStringLiteral("Long"));
        QVERIFY(!btc[1].buy);
        QCOMPARE(btc[1].label, QStringLiteral("Exit"));
        QVERIFY(!btc[2].buy);
        QVERIFY(!btc[3].buy);
        QCOMPARE(btc[3].label, QStringLiteral("Short"));
        QVERIFY(btc[4].buy);
        QCOMPARE(btc[4].price, 101.0);
    }

    void seriesAreKeptApartButAnUnnamedExchangeMatchesEvery()
    {
        const ui::JournalTradeMarkers markers({
            trade(QStringLiteral("okx"), QStringLiteral("ETH/USDT"), Direction::Long, {{0, FillKind::Entry, 1000, 2000.0, 1.0, 0.0}}),
            trade(QString(), QStringLiteral("ETH/USDT"), Direction::Long, {{0, FillKind::Entry, 2000, 2010.0, 1.0, 0.0}}),
            trade(QStringLiteral("okx"), QStringLiteral("SOL/USDT"), Direction::Long, {{0, FillKind::Entry, 3000, 150.0, 1.0, 0.0}}),
        });
        QCOMPARE(markers.forSeries(QStringLiteral("okx"), QStringLiteral("ETH/USDT")).size(), size_t(2));
        const auto binance = markers.forSeries(QStringLiteral("binance"), QStringLiteral("ETH/USDT"));
        QCOMPARE(binance.size(), size_t(1)); // only the trade that does not say where it was made
        QCOMPARE(binance[0].timeMs, qint64(2000));
        QVERIFY(markers.forSeries(QStringLiteral("okx"), QStringLiteral("BTC/USDT")).empty());
        QVERIFY(ui::JournalTradeMarkers().forSeries(QStringLiteral("okx"), QStringLiteral("ETH/USDT")).empty());
    }

    void tradesWithoutFillsDrawNothing()
    {
        const ui::JournalTradeMarkers markers({trade(QStringLiteral("okx"), QStringLiteral("ETH/USDT"), Direction::Long, {})});
        QVERIFY(markers.forSeries(QStringLiteral("okx"), QStringLiteral("ETH/USDT")).empty());
    }
};

QTEST_MAIN(TstJournalTradeMarkers)
#include "tst_journaltrademarkers.moc"
