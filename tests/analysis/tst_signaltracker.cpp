#include "analysis/signaltracker.h"

#include <QTest>

using namespace cl::analysis;
using cl::model::Candle;
using cl::model::Direction;
using cl::model::Signal;
using cl::model::SignalStatus;
using cl::model::Timeframe;

Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(SignalStatus)

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kCreated = 1'000 * kMinute;

Signal signal(Direction direction)
{
    Signal s;
    s.direction = direction;
    s.createdAt = kCreated;
    s.sourceTimeframe = Timeframe::H1; // expiry 72 h
    if (direction == Direction::Bullish) {
        s.entry = 105;
        s.stop = 98;
        s.tp1 = 112;
        s.tp2 = 119;
        s.tp3 = 126;
    } else {
        s.entry = 100;
        s.stop = 107;
        s.tp1 = 93;
        s.tp2 = 86;
        s.tp3 = 79;
    }
    return s;
}

struct Bar
{
    double high, low;
};

} // namespace

class TstSignalTracker : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<std::vector<double>>("bars"); // high, low pairs, one minute apart from created_at
        QTest::addColumn<SignalStatus>("status");
        QTest::newRow("long untouched stays pending")
            << Direction::Bullish << std::vector<double>{110, 106, 111, 107} << SignalStatus::Pending;
        QTest::newRow("long fills at entry")
            << Direction::Bullish << std::vector<double>{110, 105} << SignalStatus::Filled;
        QTest::newRow("long fill then tp1")
            << Direction::Bullish << std::vector<double>{110, 104, 112, 106} << SignalStatus::TpHit;
        QTest::newRow("long fill then stop")
            << Direction::Bullish << std::vector<double>{110, 104, 105, 98} << SignalStatus::Stopped;
        QTest::newRow("long fill and stop in one bar")
            << Direction::Bullish << std::vector<double>{106, 97} << SignalStatus::Stopped;
        QTest::newRow("long stop before tp in one bar")
            << Direction::Bullish << std::vector<double>{106, 104, 113, 97} << SignalStatus::Stopped;
        QTest::newRow("short fills and hits tp1")
            << Direction::Bearish << std::vector<double>{100, 95, 99, 93} << SignalStatus::TpHit;
        QTest::newRow("short stopped") << Direction::Bearish << std::vector<double>{101, 95, 107, 99}
                                       << SignalStatus::Stopped;
    }
    void statuses()
    {
        QFETCH(Direction, direction);
        QFETCH(std::vector<double>, bars);
        QFETCH(SignalStatus, status);
        Signal s = signal(direction);
        for (size_t k = 0; k + 1 < bars.size(); k += 2) {
            const qint64 open = kCreated + qint64(k / 2) * kMinute;
            SignalTracker::advance(
                s, Candle{open, bars[k], bars[k], bars[k + 1], bars[k + 1], 1}, open + kMinute, AnalysisSettings{});
        }
        QCOMPARE(s.status, status);
    }

    void notifiedAdvancesLikePending()
    {
        Signal s = signal(Direction::Bullish);
        s.status = SignalStatus::Notified;
        QVERIFY(SignalTracker::advance(s, {kCreated, 106, 106, 104, 105, 1}, kCreated + kMinute, AnalysisSettings{}));
        QCOMPARE(s.status, SignalStatus::Filled);
        QCOMPARE(s.statusAt, kCreated + kMinute);
    }

    void unfilledSignalExpiresAfterTheSourceTimeframesHours()
    {
        Signal s = signal(Direction::Bullish);
        const qint64 expiry = 72 * 3'600'000LL;
        QVERIFY(!SignalTracker::advance(
            s, {kCreated + expiry - kMinute, 110, 111, 109, 110, 1}, kCreated + expiry, AnalysisSettings{}));
        QCOMPARE(s.status, SignalStatus::Pending);
        QVERIFY(SignalTracker::advance(
            s, {kCreated + expiry, 110, 111, 109, 110, 1}, kCreated + expiry + kMinute, AnalysisSettings{}));
        QCOMPARE(s.status, SignalStatus::Expired);
    }

    void candlesBeforeCreationAndFinalStatusesAreIgnored()
    {
        Signal s = signal(Direction::Bullish);
        QVERIFY(!SignalTracker::advance(s, {kCreated - kMinute, 106, 106, 90, 105, 1}, kCreated, AnalysisSettings{}));
        QCOMPARE(s.status, SignalStatus::Pending);
        s.status = SignalStatus::TpHit;
        QVERIFY(!SignalTracker::advance(s, {kCreated, 106, 106, 90, 105, 1}, kCreated + kMinute, AnalysisSettings{}));
    }

    void targetIsASetting()
    {
        AnalysisSettings settings;
        settings.signalTakeProfit = 3;
        Signal s = signal(Direction::Bullish);
        SignalTracker::advance(s, {kCreated, 106, 106, 104, 105, 1}, kCreated + kMinute, settings);
        SignalTracker::advance(s, {kCreated + kMinute, 120, 120, 110, 115, 1}, kCreated + 2 * kMinute, settings);
        QCOMPARE(s.status, SignalStatus::Filled);
        SignalTracker::advance(s, {kCreated + 2 * kMinute, 126, 126, 118, 125, 1}, kCreated + 3 * kMinute, settings);
        QCOMPARE(s.status, SignalStatus::TpHit);
    }
};

QTEST_APPLESS_MAIN(TstSignalTracker)
#include "tst_signaltracker.moc"
