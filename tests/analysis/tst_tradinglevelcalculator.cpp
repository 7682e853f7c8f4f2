#include "analysis/tradinglevelcalculator.h"

#include <QTest>
#include <cmath>

using cl::analysis::TradingLevelCalculator;
using cl::model::Direction;
using cl::model::PatternType;
using cl::model::TradingLevels;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(PatternType)
Q_DECLARE_METATYPE(Direction)

class TstTradingLevelCalculator : public QObject
{
    Q_OBJECT

private slots:
    // The original's test: lookback 2.
    void swingsWithLookbackTwo()
    {
        const std::vector<double> highs{100, 101, 105, 101, 100, 99, 100, 101, 100, 99, 100};
        const std::vector<double> lows{100, 99, 95, 99, 100, 101, 100, 99, 100, 101, 100};
        const auto swings = TradingLevelCalculator::swings(highs, lows, 2);
        QCOMPARE(swings.high, 105.0);
        QCOMPARE(swings.low, 95.0);
    }

    void swingsNeedStrictlyHigherAndBothSidesInsideTheWindow()
    {
        // 105 ties its neighbour: not a local high; 104 at index 1 lacks two candles on its left.
        const std::vector<double> highs{100, 104, 103, 105, 105, 101, 100};
        const std::vector<double> lows{90, 90, 90, 90, 90, 90, 90};
        const auto swings = TradingLevelCalculator::swings(highs, lows, 2);
        QCOMPARE(swings.high, 105.0); // no local high: the maximum of W
        QCOMPARE(swings.low, 90.0);
        // The maximum local high wins over an earlier, lower one.
        const std::vector<double> h2{100, 100, 103, 100, 100, 101, 102, 106, 101, 100, 99};
        QCOMPARE(TradingLevelCalculator::swings(h2, std::vector<double>(h2.size(), 1.0), 2).high, 106.0);
    }

    void emptyWindowHasNoSwing()
    {
        const auto swings = TradingLevelCalculator::swings({}, {}, 2);
        QVERIFY(std::isnan(swings.high));
        QVERIFY(std::isnan(swings.low));
        // Without a swing the targets fall back to R multiples.
        const TradingLevels l
            = TradingLevelCalculator::levels(PatternType::Fvg, Direction::Bullish, 100, 102, 0, swings);
        QCOMPARE(l.tp1, 103.0 + 1 * 3.0 - 1.0);
    }

    void levels_data()
    {
        QTest::addColumn<PatternType>("type");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<double>("atr");
        QTest::addColumn<double>("swingHigh");
        QTest::addColumn<double>("swingLow");
        QTest::addColumn<std::vector<double>>("expected"); // entry, stop, tp1, tp2, tp3, rr1, rr2, rr3
        // Zone [100, 102] throughout.
        // FVG bull, ATR 2: buf 1, entry 102, stop 99, R 3; SH 110: tp1 min(105, 110), 110, 110 + 0.5 * 8
        QTest::newRow("fvg bull swing") << PatternType::Fvg << Direction::Bullish << 2.0 << 110.0 << 90.0
                                        << std::vector<double>{102, 99, 105, 110, 114, 1, 2.67, 4};
        // SH 104 caps TP1: min(105, 104)
        QTest::newRow("fvg bull tp1 capped") << PatternType::Fvg << Direction::Bullish << 2.0 << 104.0 << 90.0
                                             << std::vector<double>{102, 99, 104, 104, 105, 0.67, 0.67, 1};
        // SH not above entry: 1R 2R 3R
        QTest::newRow("fvg bull no swing") << PatternType::Fvg << Direction::Bullish << 2.0 << 101.0 << 90.0
                                           << std::vector<double>{102, 99, 105, 108, 111, 1, 2, 3};
        // ATR 0: buf = 0.5 * size = 1
        QTest::newRow("fvg bull atr 0") << PatternType::Fvg << Direction::Bullish << 0.0 << 101.0 << 90.0
                                        << std::vector<double>{102, 99, 105, 108, 111, 1, 2, 3};
        // FVG bear, ATR 2: entry 100, stop 103, R 3; SL 90: max(97, 90), 90, 90 - 0.5 * 10
        QTest::newRow("fvg bear swing") << PatternType::Fvg << Direction::Bearish << 2.0 << 110.0 << 90.0
                                        << std::vector<double>{100, 103, 97, 90, 85, 1, 3.33, 5};
        QTest::newRow("fvg bear no swing") << PatternType::Fvg << Direction::Bearish << 2.0 << 110.0 << 100.0
                                           << std::vector<double>{100, 103, 97, 94, 91, 1, 2, 3};
        // OB bull, ATR 10: buf 3, entry 101, stop 97, R 4; SH 110: 105, 110, 114
        QTest::newRow("ob bull swing") << PatternType::OrderBlock << Direction::Bullish << 10.0 << 110.0 << 90.0
                                       << std::vector<double>{101, 97, 105, 110, 114, 1, 2.25, 3.25};
        // OB bear, ATR 0: buf 0.6, entry 101, stop 102.6, R 1.6; SL 95: 99.4, 95, 93.4
        QTest::newRow("ob bear swing atr 0") << PatternType::OrderBlock << Direction::Bearish << 0.0 << 110.0 << 95.0
                                             << std::vector<double>{101, 102.6, 99.4, 95, 93.4, 1, 3.75, 4.75};
        // LS bull, ATR 5: buf 1, entry 102, stop 99, R 3; SH 110: 106.5, 110, 110 + 0.618 * 8
        QTest::newRow("ls bull swing") << PatternType::LiquiditySweep << Direction::Bullish << 5.0 << 110.0 << 90.0
                                       << std::vector<double>{102, 99, 106.5, 110, 110 + 0.618 * 8, 1.5, 2.67, 4.31};
        QTest::newRow("ls bull no swing") << PatternType::LiquiditySweep << Direction::Bullish << 5.0 << 102.0 << 90.0
                                          << std::vector<double>{102, 99, 106.5, 109.5, 114, 1.5, 2.5, 4};
        // LS bear, ATR 5: entry 100, stop 103, R 3; SL 90: 95.5, 90, 90 - 0.618 * 10
        QTest::newRow("ls bear swing") << PatternType::LiquiditySweep << Direction::Bearish << 5.0 << 110.0 << 90.0
                                       << std::vector<double>{100, 103, 95.5, 90, 90 - 6.18, 1.5, 3.33, 5.39};
    }
    void levels()
    {
        QFETCH(PatternType, type);
        QFETCH(Direction, direction);
        QFETCH(double, atr);
        QFETCH(double, swingHigh);
        QFETCH(double, swingLow);
        QFETCH(std::vector<double>, expected);
        const TradingLevels l = TradingLevelCalculator::levels(type, direction, 100, 102, atr, {swingHigh, swingLow});
        const std::vector<double> actual{l.entry, l.stop, l.tp1, l.tp2, l.tp3, l.rr1, l.rr2, l.rr3};
        for (size_t k = 0; k < expected.size(); ++k)
            QVERIFY2(std::abs(actual[k] - expected[k]) < 1e-9,
                qPrintable(QStringLiteral("field %1: %2 != %3")
                               .arg(k)
                               .arg(actual[k], 0, 'g', 17)
                               .arg(expected[k], 0, 'g', 17)));
        QCOMPARE(l.atr, atr);
    }

    void rewardRiskIsZeroWithoutRisk()
    {
        QCOMPARE(TradingLevelCalculator::rewardRisk(110, 100, 0), 0.0);
        QCOMPARE(TradingLevelCalculator::rewardRisk(110, 100, -1), 0.0);
        QCOMPARE(TradingLevelCalculator::rewardRisk(107, 100, 3), 2.33);
    }
};

QTEST_APPLESS_MAIN(TstTradingLevelCalculator)
#include "tst_tradinglevelcalculator.moc"
