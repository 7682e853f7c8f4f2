#include "chart/livecandlemerger.h"

#include <QTest>

using cl::chart::LiveCandleMerger;
using cl::model::Candle;
using cl::model::Timeframe;

class TstLiveCandleMerger : public QObject
{
    Q_OBJECT

private slots:
    void oneMinuteChartTakesTheFormingCandle()
    {
        LiveCandleMerger merger;
        merger.setTimeframe(Timeframe::M1);
        const Candle forming{120'000, 1, 2, 0.5, 1.5, 3};
        QCOMPARE(merger.merge(forming), forming);
        merger.addClosedMinute(forming);
        const Candle next{180'000, 1.5, 1.6, 1.4, 1.55, 1};
        QCOMPARE(merger.merge(next), next);
    }

    void higherTimeframeMergesClosedAndFormingMinutes()
    {
        LiveCandleMerger merger;
        merger.setTimeframe(Timeframe::M5);
        merger.addClosedMinute({300'000, 10, 12, 9, 11, 1});
        merger.addClosedMinute({360'000, 11, 13, 10, 12, 2});
        QCOMPARE(*merger.base(), (Candle{300'000, 10, 13, 9, 12, 3}));
        QCOMPARE(merger.merge({420'000, 12, 12.5, 8, 8.5, 4}), (Candle{300'000, 10, 13, 8, 8.5, 7}));
        // The same forming minute again (throttled repeats) does not add up.
        QCOMPARE(merger.merge({420'000, 12, 12.6, 8, 8.7, 5}), (Candle{300'000, 10, 13, 8, 8.7, 8}));
    }

    void repeatsAndOldMinutesAreIgnored()
    {
        LiveCandleMerger merger;
        merger.setTimeframe(Timeframe::M5);
        merger.addClosedMinute({300'000, 10, 12, 9, 11, 1});
        merger.addClosedMinute({300'000, 10, 12, 9, 11, 1}); // replayed
        merger.addClosedMinute({240'000, 1, 100, 0, 1, 50}); // previous bucket, late
        QCOMPARE(*merger.base(), (Candle{300'000, 10, 12, 9, 11, 1}));
        merger.addClosedMinute({360'000, 11, 14, 10, 13, 2});
        // A late forming update of a minute that already closed is not counted twice.
        QCOMPARE(merger.merge({300'000, 10, 12, 9, 11, 1}), (Candle{300'000, 10, 14, 9, 13, 3}));
    }

    void newBucketStartsOver()
    {
        LiveCandleMerger merger;
        merger.setTimeframe(Timeframe::M5);
        merger.addClosedMinute({540'000, 10, 12, 9, 11, 1}); // last minute of bucket 300'000
        const Candle merged = merger.merge({600'000, 11, 11.5, 10.5, 11.2, 2});
        QCOMPARE(merged, (Candle{600'000, 11, 11.5, 10.5, 11.2, 2}));
        merger.addClosedMinute({600'000, 11, 11.5, 10.5, 11.2, 2});
        QCOMPARE(merger.base()->openTime, 600'000);
        merger.reset();
        QVERIFY(!merger.base());
    }
};

QTEST_APPLESS_MAIN(TstLiveCandleMerger)
#include "tst_livecandlemerger.moc"
