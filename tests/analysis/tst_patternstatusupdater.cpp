#include "analysis/patternstatusupdater.h"

#include <QTest>

using cl::analysis::AnalysisSettings;
using cl::analysis::PatternStatusUpdater;
using cl::model::Direction;
using cl::model::Pattern;
using cl::model::PatternStatus;
using cl::model::PatternType;

Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(PatternStatus)

namespace {

constexpr qint64 kHour = 3'600'000;

Pattern zone(PatternType type, Direction direction, double low, double high)
{
    Pattern p;
    p.type = type;
    p.direction = direction;
    p.zoneLow = low;
    p.zoneHigh = high;
    p.detectedAt = 0;
    return p;
}

} // namespace

class TstPatternStatusUpdater : public QObject
{
    Q_OBJECT

private slots:
    // The original's test: sweep status on zone [98, 100] from the close.
    void sweepStatusFromClose_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<double>("close");
        QTest::addColumn<PatternStatus>("status");
        QTest::addColumn<double>("fill");
        QTest::newRow("bullish 99 active") << Direction::Bullish << 99.0 << PatternStatus::Active << 50.0;
        QTest::newRow("bullish 95 invalidated") << Direction::Bullish << 95.0 << PatternStatus::Invalidated << 0.0;
        QTest::newRow("bullish 105 filled") << Direction::Bullish << 105.0 << PatternStatus::Filled << 100.0;
        QTest::newRow("bullish 96 (= zl - size) active") << Direction::Bullish << 96.0 << PatternStatus::Active << 50.0;
        QTest::newRow("bullish 104 (= zh + 2 size) active")
            << Direction::Bullish << 104.0 << PatternStatus::Active << 50.0;
        QTest::newRow("bearish 103 invalidated") << Direction::Bearish << 103.0 << PatternStatus::Invalidated << 0.0;
        QTest::newRow("bearish 93 filled") << Direction::Bearish << 93.0 << PatternStatus::Filled << 100.0;
        QTest::newRow("bearish 99 active") << Direction::Bearish << 99.0 << PatternStatus::Active << 50.0;
    }
    void sweepStatusFromClose()
    {
        QFETCH(Direction, direction);
        QFETCH(double, close);
        QFETCH(PatternStatus, status);
        QFETCH(double, fill);
        Pattern p = zone(PatternType::LiquiditySweep, direction, 98, 100);
        // Wicks far outside the zone do not matter to a sweep: only the close does.
        QVERIFY(PatternStatusUpdater::apply(p, 1000, 1, close, kHour, 72 * kHour, AnalysisSettings{}));
        QCOMPARE(p.status, status);
        QCOMPARE(p.fillPct, fill);
        QCOMPARE(p.statusAt, status == PatternStatus::Active ? 0 : kHour);
    }

    void fillFromWicks_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<std::vector<double>>("wicks"); // successive lows (bullish) or highs (bearish)
        QTest::addColumn<std::vector<double>>("fills");
        QTest::addColumn<PatternStatus>("status");
        // Zone [100, 104].
        QTest::newRow("bullish partial then deeper") << Direction::Bullish << std::vector<double>{105, 103, 104, 102}
                                                     << std::vector<double>{0, 25, 25, 50} << PatternStatus::Active;
        QTest::newRow("bullish low at zl fills") << Direction::Bullish << std::vector<double>{103, 100}
                                                 << std::vector<double>{25, 100} << PatternStatus::Filled;
        QTest::newRow("bullish through the zone fills")
            << Direction::Bullish << std::vector<double>{90} << std::vector<double>{100} << PatternStatus::Filled;
        QTest::newRow("bearish partial") << Direction::Bearish << std::vector<double>{99, 101, 100, 103}
                                         << std::vector<double>{0, 25, 25, 75} << PatternStatus::Active;
        QTest::newRow("bearish high at zh fills")
            << Direction::Bearish << std::vector<double>{104} << std::vector<double>{100} << PatternStatus::Filled;
    }
    void fillFromWicks()
    {
        QFETCH(Direction, direction);
        QFETCH(std::vector<double>, wicks);
        QFETCH(std::vector<double>, fills);
        QFETCH(PatternStatus, status);
        for (PatternType type : {PatternType::Fvg, PatternType::OrderBlock}) {
            Pattern p = zone(type, direction, 100, 104);
            for (size_t k = 0; k < wicks.size(); ++k) {
                // The close is irrelevant to FVG and OB fills.
                const double high = direction == Direction::Bullish ? 200 : wicks[k];
                const double low = direction == Direction::Bullish ? wicks[k] : 1;
                PatternStatusUpdater::apply(p, high, low, 150, kHour * qint64(k + 1), 72 * kHour, AnalysisSettings{});
                QCOMPARE(p.fillPct, fills[k]);
            }
            QCOMPARE(p.status, status);
        }
    }

    void expiryKeepsFillAndIsStrict()
    {
        Pattern p = zone(PatternType::Fvg, Direction::Bullish, 100, 104);
        p.detectedAt = 10 * kHour;
        QVERIFY(PatternStatusUpdater::apply(p, 110, 103, 105, 10 * kHour + 72 * kHour, 72 * kHour, AnalysisSettings{}));
        QCOMPARE(p.status, PatternStatus::Active); // now == detected_at + 72 h: not yet
        QCOMPARE(p.fillPct, 25.0);
        QVERIFY(
            PatternStatusUpdater::apply(p, 110, 105, 105, 10 * kHour + 72 * kHour + 1, 72 * kHour, AnalysisSettings{}));
        QCOMPARE(p.status, PatternStatus::Expired);
        QCOMPARE(p.fillPct, 25.0);
        QCOMPARE(p.statusAt, 10 * kHour + 72 * kHour + 1);
    }

    void fillBeatsExpiryOnTheSameCandle()
    {
        Pattern p = zone(PatternType::Fvg, Direction::Bullish, 100, 104);
        PatternStatusUpdater::apply(p, 110, 99, 105, 100 * kHour, 72 * kHour, AnalysisSettings{});
        QCOMPARE(p.status, PatternStatus::Filled);
    }

    void finalStatusesNeverChange()
    {
        for (PatternStatus final : {PatternStatus::Filled, PatternStatus::Invalidated, PatternStatus::Expired}) {
            Pattern p = zone(PatternType::LiquiditySweep, Direction::Bullish, 98, 100);
            p.status = final;
            p.fillPct = 42;
            QVERIFY(!PatternStatusUpdater::apply(p, 200, 1, 99, kHour, 72 * kHour, AnalysisSettings{}));
            QCOMPARE(p.status, final);
            QCOMPARE(p.fillPct, 42.0);
        }
    }
};

QTEST_APPLESS_MAIN(TstPatternStatusUpdater)
#include "tst_patternstatusupdater.moc"
