#include "chart/timeaxis.h"

#include <QTest>

using cl::chart::ChartViewport;
using cl::chart::TimeAxis;
using cl::chart::TimeZoneMode;
using cl::model::Candle;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1'700'000'000'000 / kDay * kDay; // 2023-11-14 00:00 UTC

std::vector<Candle> candles(int count, qint64 step, qint64 start = kStart)
{
    std::vector<Candle> out;
    for (int i = 0; i < count; ++i)
        out.push_back({start + i * step, 1, 1, 1, 1, 1});
    return out;
}

ChartViewport viewport(int count, double spacing)
{
    ChartViewport vp;
    vp.setPlotRect(QRectF(0, 0, 1200, 500));
    vp.setCount(count);
    vp.setSpacing(spacing);
    vp.scrollToEnd();
    return vp;
}
} // namespace

class TstTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void ticksSitOnRoundUtcTimes_data()
    {
        QTest::addColumn<qint64>("candleMs");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<qint64>("roundTo");
        QTest::newRow("1m at 8px") << kMinute << 8.0 << 15 * kMinute;
        QTest::newRow("1m at 2px") << kMinute << 2.0 << 60 * kMinute;
        QTest::newRow("1h at 8px") << 60 * kMinute << 8.0 << 12 * 60 * kMinute;
        QTest::newRow("1d at 4px") << kDay << 4.0 << kDay;
    }
    void ticksSitOnRoundUtcTimes()
    {
        QFETCH(qint64, candleMs);
        QFETCH(double, spacing);
        QFETCH(qint64, roundTo);
        const auto data = candles(5000, candleMs);
        const ChartViewport vp = viewport(5000, spacing);
        const auto ticks = TimeAxis::ticks(data, vp, TimeZoneMode::Utc);
        QVERIFY(ticks.size() >= 3);
        double lastX = -1e9;
        for (const auto &tick : ticks) {
            QVERIFY2(tick.timeMs % roundTo == 0, qPrintable(tick.label));
            QVERIFY(tick.x - lastX >= TimeAxis::kMinTickGapPx * 0.6);
            QVERIFY(tick.x >= vp.plotRect().left() - spacing && tick.x <= vp.plotRect().right());
            QVERIFY(!tick.label.isEmpty());
            lastX = tick.x;
        }
    }

    void gapsDoNotBendTheAxis()
    {
        // A day missing in the middle: the tick of the missing day lands on the next candle.
        auto data = candles(100, 60 * kMinute);
        data.erase(data.begin() + 30, data.begin() + 54);
        for (size_t i = 30; i < data.size(); ++i)
            QCOMPARE(data[i].openTime % kMinute, 0);
        const ChartViewport vp = viewport(int(data.size()), 12);
        const auto ticks = TimeAxis::ticks(data, vp, TimeZoneMode::Utc);
        for (const auto &tick : ticks) {
            const int index = vp.candleAt(tick.x);
            QVERIFY(index >= 0);
            QCOMPARE(data[size_t(index)].openTime, tick.timeMs);
        }
    }

    void labels()
    {
        QCOMPARE(TimeAxis::label(kStart + 14 * 3'600'000 + 30 * kMinute, 15 * kMinute, TimeZoneMode::Utc), QStringLiteral("14:30"));
        QCOMPARE(TimeAxis::label(kStart, 15 * kMinute, TimeZoneMode::Utc), QStringLiteral("14 Nov"));
        QCOMPARE(TimeAxis::offsetMs(kStart, TimeZoneMode::Utc), 0);
        QVERIFY(TimeAxis::fullLabel(kStart, kMinute, TimeZoneMode::Utc).contains(QStringLiteral("2023 00:00")));
    }

    void tooFewCandlesGiveNoTicks()
    {
        const auto data = candles(1, kMinute);
        QVERIFY(TimeAxis::ticks(data, viewport(1, 8), TimeZoneMode::Utc).empty());
    }
};

QTEST_MAIN(TstTimeAxis)
#include "tst_timeaxis.moc"
