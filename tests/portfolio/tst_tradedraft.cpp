#include "portfolio/tradedraft.h"
#include "portfolio/tradepnl.h"

#include <QTest>

using namespace cl::portfolio;

class TstTradeDraft : public QObject
{
    Q_OBJECT

private:
    static cl::model::Signal signal(cl::model::Direction direction)
    {
        cl::model::Signal s;
        s.id = 42;
        s.exchange = cl::model::ExchangeId::Bybit;
        s.symbol = *cl::model::Symbol::parse(u"ETH/USDT");
        s.direction = direction;
        s.sourceTimeframe = *cl::model::Timeframe::parse(u"4h");
        s.sourceType = cl::model::PatternType::OrderBlock;
        s.sourcePatternId = 7;
        s.entry = 2500;
        s.stop = direction == cl::model::Direction::Bullish ? 2450 : 2550;
        s.tp1 = direction == cl::model::Direction::Bullish ? 2600 : 2400;
        s.tp2 = direction == cl::model::Direction::Bullish ? 2700 : 2300;
        s.tp3 = 0;   // unset
        return s;
    }

private slots:
    void fromSignal_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("expected");
        QTest::newRow("bullish is long") << int(cl::model::Direction::Bullish) << int(Direction::Long);
        QTest::newRow("bearish is short") << int(cl::model::Direction::Bearish) << int(Direction::Short);
    }
    void fromSignal()
    {
        QFETCH(int, direction);
        QFETCH(int, expected);
        const auto s = signal(cl::model::Direction(direction));
        const TradeDraft d = TradeDraft::fromSignal(s);
        QCOMPARE(d.exchange, QStringLiteral("bybit"));
        QCOMPARE(d.symbol, QStringLiteral("ETH/USDT"));
        QCOMPARE(int(d.direction), expected);
        QCOMPARE(*d.entry, 2500.0);
        QCOMPARE(*d.stop, s.stop);
        QCOMPARE(d.targets, (std::vector<double>{s.tp1, s.tp2}));
        QCOMPARE(d.timeframe, QStringLiteral("4h"));
        QCOMPARE(d.patternType, QStringLiteral("order_block"));
        QCOMPARE(*d.signalId, qint64(42));
        QCOMPARE(*d.patternId, qint64(7));
    }

    void unsetLevelsStayUnset()
    {
        cl::model::Signal s;
        s.symbol = *cl::model::Symbol::parse(u"BTC/USDT");
        s.tp1 = std::numeric_limits<double>::quiet_NaN();
        s.tp2 = -1;
        const TradeDraft d = TradeDraft::fromSignal(s);
        QVERIFY(!d.entry && !d.stop && !d.signalId && !d.patternId);
        QVERIFY(d.targets.empty());
        const Trade t = d.toTrade(1, 1.0, 1000);
        QCOMPARE(t.status, TradeStatus::Pending);
        QVERIFY(t.fills.empty());
        QVERIFY(!d.riskPct(1.0, 1e4));
    }

    void toTrade()
    {
        const TradeDraft d = TradeDraft::fromSignal(signal(cl::model::Direction::Bullish));
        const Trade t = d.toTrade(3, 2.0, 5000, 1.5);
        QCOMPARE(t.portfolioId, qint64(3));
        QCOMPARE(t.exchange, QStringLiteral("bybit")); // "open chart" from the journal goes to the signal's exchange
        QCOMPARE(t.status, TradeStatus::Open);
        QCOMPARE(*t.stopLoss, 2450.0);
        QCOMPARE(*t.takeProfit, 2600.0);
        QCOMPARE(*t.signalId, qint64(42));
        QCOMPARE(t.patternType, QStringLiteral("order_block"));
        QCOMPARE(t.timeframe, QStringLiteral("4h"));
        QCOMPARE(t.fills.size(), size_t(1));
        QCOMPARE(t.fills[0].price, 2500.0);
        QCOMPARE(t.fills[0].quantity, 2.0);
        QCOMPARE(t.fills[0].fee, 1.5);
        QCOMPARE(*TradePnl::evaluate(t).riskAmount, 100.0);
        QCOMPARE(*d.riskPct(2.0, 10'000.0), 1.0);   // 50 * 2 of 10 000
    }
};

QTEST_GUILESS_MAIN(TstTradeDraft)
#include "tst_tradedraft.moc"
