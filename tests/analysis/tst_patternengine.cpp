#include "analysis/indicators.h"
#include "analysis/patternengine.h"
#include "naivepatternreference.h"
#include "testsupport.h"

#include <QTest>
#include <cmath>
#include <cstring>

using namespace cl::analysis;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Direction;
using cl::model::Pattern;
using cl::model::PatternList;
using cl::model::PatternStatus;
using cl::model::PatternType;
using cl::model::Timeframe;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kStart = 1'704'067'200'000; // 2024-01-01T00:00:00Z, a Monday

struct Ohlc
{
    double o, h, l, c;
};

CandleSeries series(Timeframe tf, std::initializer_list<Ohlc> rows)
{
    CandleSeries out;
    qint64 t = kStart;
    for (const Ohlc &r : rows) {
        out.push_back({t, r.o, r.h, r.l, r.c, 1.0});
        t += tf.durationMs();
    }
    return out;
}

Candle candleAt(Timeframe tf, int index, double o, double c, double wick = 1.0)
{
    return {kStart + index * tf.durationMs(), o, std::max(o, c) + wick, std::min(o, c) - wick, c, 1.0};
}

PatternList run(Timeframe tf, const CandleSeries &candles, const AnalysisSettings &settings = {})
{
    PatternEngine engine(tf, settings);
    engine.addCandles(candles);
    return engine.patterns();
}

PatternList ofType(const PatternList &all, PatternType type)
{
    PatternList out;
    for (const Pattern &p : all) {
        if (p.type == type)
            out.push_back(p);
    }
    return out;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

QString describe(const Pattern &p)
{
    return QStringLiteral("%1 %2 @%3 [%4, %5] %6 %7% entry %8 stop %9 tp %10/%11/%12")
        .arg(QLatin1String(cl::model::patternTypeCode(p.type)), QLatin1String(cl::model::directionCode(p.direction)))
        .arg(p.detectedAt)
        .arg(p.zoneLow, 0, 'g', 17)
        .arg(p.zoneHigh, 0, 'g', 17)
        .arg(QLatin1String(cl::model::patternStatusCode(p.status)))
        .arg(p.fillPct, 0, 'g', 17)
        .arg(p.levels.entry, 0, 'g', 17)
        .arg(p.levels.stop, 0, 'g', 17)
        .arg(p.levels.tp1, 0, 'g', 17)
        .arg(p.levels.tp2, 0, 'g', 17)
        .arg(p.levels.tp3, 0, 'g', 17);
}

bool samePattern(const Pattern &a, const Pattern &b)
{
    return a.type == b.type && a.direction == b.direction && a.status == b.status && a.detectedAt == b.detectedAt
        && same(a.zoneLow, b.zoneLow) && same(a.zoneHigh, b.zoneHigh) && same(a.fillPct, b.fillPct)
        && a.statusAt == b.statusAt && same(a.levels.entry, b.levels.entry) && same(a.levels.stop, b.levels.stop)
        && same(a.levels.tp1, b.levels.tp1) && same(a.levels.tp2, b.levels.tp2) && same(a.levels.tp3, b.levels.tp3)
        && same(a.levels.atr, b.levels.atr) && same(a.levels.rr1, b.levels.rr1) && same(a.levels.rr3, b.levels.rr3);
}

} // namespace

class TstPatternEngine : public QObject
{
    Q_OBJECT

private slots:
    // The original's fixtures (1h, O/H/L/C).
    void fvgBullishFixture()
    {
        const auto candles = series(Timeframe::H1,
            {{100, 101, 99, 100.5}, {100.5, 101.5, 100, 101}, {102, 105, 101.8, 104.5}, {104.5, 106, 103.5, 105.5},
                {105.5, 106.5, 105, 106}});
        const PatternList found = run(Timeframe::H1, candles);
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].type, PatternType::Fvg);
        QCOMPARE(found[0].direction, Direction::Bullish);
        QCOMPARE(found[0].zoneLow, 101.0);
        QCOMPARE(found[0].zoneHigh, 101.8);
        QCOMPARE(found[0].detectedAt, candles[2].openTime);
        QCOMPARE(found[1].zoneLow, 101.5);
        QCOMPARE(found[1].zoneHigh, 103.5);
        QCOMPARE(found[1].detectedAt, candles[3].openTime);
        QCOMPARE(found[0].status, PatternStatus::Active);
        QCOMPARE(found[0].fillPct, 0.0);
    }

    void fvgBearishFixture()
    {
        const auto candles = series(Timeframe::H1,
            {{100, 101, 99, 100.5}, {100.5, 101, 99.5, 99.8}, {99, 99.2, 95, 95.5}, {95.5, 97, 94.5, 96},
                {96, 96.5, 95, 95.5}});
        const PatternList found = run(Timeframe::H1, candles);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].direction, Direction::Bearish);
        QCOMPARE(found[0].zoneLow, 97.0);
        QCOMPARE(found[0].zoneHigh, 99.5);
        QCOMPARE(found[0].detectedAt, candles[3].openTime);
    }

    void smallGapIsFiltered()
    {
        // c0.H = 100 < c2.L = 100.05: a 0.05 % gap, below the 0.15 % minimum.
        const auto candles
            = series(Timeframe::H1, {{99.5, 100, 99, 99.8}, {99.9, 100.2, 99.9, 100.1}, {100.1, 100.3, 100.05, 100.2}});
        QVERIFY(run(Timeframe::H1, candles).empty());
        // The same shape with a 0.2 % gap is kept.
        const auto wider
            = series(Timeframe::H1, {{99.5, 100, 99, 99.8}, {99.9, 100.2, 99.9, 100.1}, {100.3, 100.5, 100.2, 100.4}});
        QCOMPARE(run(Timeframe::H1, wider).size(), size_t(1));
    }

    void runningDetectionTwiceStoresNothingNew()
    {
        const auto candles = series(Timeframe::H1,
            {{100, 101, 99, 100.5}, {100.5, 101.5, 100, 101}, {102, 105, 101.8, 104.5}, {104.5, 106, 103.5, 105.5},
                {105.5, 106.5, 105, 106}});
        PatternEngine engine(Timeframe::H1);
        engine.addCandles(candles);
        const PatternList first = engine.patterns();
        for (const Candle &c : candles)
            QVERIFY(!engine.addCandle(c)); // already seen: ignored
        QVERIFY(engine.added().empty());
        QCOMPARE(engine.patterns().size(), first.size());
        for (size_t k = 0; k < first.size(); ++k)
            QVERIFY(samePattern(engine.patterns()[k], first[k]));
        // A fresh pass over the same candles finds exactly the same patterns.
        const PatternList again = run(Timeframe::H1, candles);
        QCOMPARE(again.size(), first.size());
        for (size_t k = 0; k < first.size(); ++k)
            QVERIFY(samePattern(again[k], first[k]));
    }

    void orderBlocks_data()
    {
        QTest::addColumn<CandleSeries>("candles");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("detectedIndex");
        const Timeframe tf = Timeframe::H1;
        CandleSeries bull;
        for (int k = 0; k < 20; ++k)
            bull.push_back(candleAt(tf, k, 100 + 0.1 * k, 100.5 + 0.1 * k));
        bull.push_back(candleAt(tf, 20, 103, 102.5)); // bearish
        bull.push_back(candleAt(tf, 21, 102.5, 105.5)); // body 3.0 > 1.5 * avg
        bull.push_back(candleAt(tf, 22, 105.5, 106)); // continuation
        QTest::newRow("bullish OB") << bull << 1 << int(Direction::Bullish) << 102.5 << 103.0 << 21;
        CandleSeries bear;
        for (int k = 0; k < 20; ++k)
            bear.push_back(candleAt(tf, k, 100 - 0.1 * k, 99.5 - 0.1 * k));
        bear.push_back(candleAt(tf, 20, 98, 98.5)); // bullish
        bear.push_back(candleAt(tf, 21, 98.5, 94.5)); // strong bearish
        bear.push_back(candleAt(tf, 22, 94.5, 94));
        QTest::newRow("bearish OB (mirror)") << bear << 1 << int(Direction::Bearish) << 98.0 << 98.5 << 21;
        CandleSeries flat;
        for (int k = 0; k < 25; ++k)
            flat.push_back(candleAt(tf, k, 100 + 0.01 * k, 100.2 + 0.01 * k));
        QTest::newRow("25 candles of body 0.2: none") << flat << 0 << 0 << 0.0 << 0.0 << 0;
        // Equal bodies: 3.0 is not > 1.5 * 2.0 when every body is 2 except... strictness: body 1.5 * avg exactly.
        CandleSeries edge;
        for (int k = 0; k < 19; ++k)
            edge.push_back(candleAt(tf, k, 100, 101));
        edge.back() = candleAt(tf, 18, 101, 100); // bearish at j = i-1
        edge.push_back(candleAt(tf, 19, 100, 100 + 1.5 * (19 + 1.5 * 1) / 20 * 1.0)); // placeholder, replaced below
        // avg_19 = (19 * 1 + b) / 20 and b > 1.5 * avg  <=>  b > 57 / 37 = 1.5405...: use 1.5 (fails).
        edge.back() = candleAt(tf, 19, 100, 101.5);
        QTest::newRow("body not strictly above 1.5 avg: none") << edge << 0 << 0 << 0.0 << 0.0 << 0;
        // Candidates at j = i-1 fails the gate (0.1 % body): the scan goes on to j = i-2.
        CandleSeries scan;
        for (int k = 0; k < 19; ++k)
            scan.push_back(candleAt(tf, k, 100 + 0.1 * k, 100.5 + 0.1 * k));
        scan[17] = candleAt(tf, 17, 102.5, 102); // bearish, body 0.5 (0.49 %)
        scan[18] = candleAt(tf, 18, 102.1, 102.0); // bearish, body 0.1 (0.098 %: fails the gate)
        scan.push_back(candleAt(tf, 19, 102, 106)); // strong bullish
        QTest::newRow("scan past a failing candidate") << scan << 1 << int(Direction::Bullish) << 102.0 << 102.5 << 19;
    }
    void orderBlocks()
    {
        QFETCH(CandleSeries, candles);
        QFETCH(int, count);
        QFETCH(int, direction);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, detectedIndex);
        const PatternList blocks = ofType(run(Timeframe::H1, candles), PatternType::OrderBlock);
        QCOMPARE(int(blocks.size()), count);
        if (count == 0)
            return;
        QCOMPARE(int(blocks[0].direction), direction);
        QCOMPARE(blocks[0].zoneLow, low);
        QCOMPARE(blocks[0].zoneHigh, high);
        QCOMPARE(blocks[0].detectedAt, candles[size_t(detectedIndex)].openTime);
    }

    void noOrderBlockBeforeIndex19()
    {
        CandleSeries candles;
        for (int k = 0; k < 18; ++k)
            candles.push_back(candleAt(Timeframe::H1, k, 100, 100.01, 0.01));
        candles.push_back(candleAt(Timeframe::H1, 18, 100.5, 100)); // bearish
        candles.push_back(candleAt(Timeframe::H1, 19, 100, 110)); // strong at i = 19: allowed
        QCOMPARE(ofType(run(Timeframe::H1, candles), PatternType::OrderBlock).size(), size_t(1));
        candles.pop_back();
        candles.pop_back();
        candles.pop_back();
        candles.push_back(candleAt(Timeframe::H1, 17, 100.5, 100));
        candles.push_back(candleAt(Timeframe::H1, 18, 100, 110)); // i = 18: too early
        QCOMPARE(ofType(run(Timeframe::H1, candles), PatternType::OrderBlock).size(), size_t(0));
    }

    void liquiditySweeps_data()
    {
        QTest::addColumn<CandleSeries>("candles");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        const Timeframe tf = Timeframe::H1;
        // Flat candles (H 101, L 99) with a swing low of 95 at s = 10, swept at i = 22 (low 94, close 96).
        auto base = [&] {
            CandleSeries c;
            for (int k = 0; k < 23; ++k)
                c.push_back({kStart + k * tf.durationMs(), 100, 101, 99, 100, 1});
            return c;
        };
        CandleSeries bull = base();
        bull[10].low = 95;
        bull[22] = {bull[22].openTime, 97, 100, 94, 96, 1};
        QTest::newRow("bullish sweep of a swing low") << bull << int(Direction::Bullish) << 94.0 << 95.0;
        CandleSeries bear = base();
        bear[10].high = 105;
        bear[22] = {bear[22].openTime, 103, 106, 100, 104, 1};
        QTest::newRow("bearish sweep of a swing high") << bear << int(Direction::Bearish) << 105.0 << 106.0;
        // Both sides swept by one candle: the bullish one is kept (unique key).
        CandleSeries both = base();
        both[10].low = 95;
        both[12].high = 105;
        both[22] = {both[22].openTime, 100, 106, 94, 96, 1}; // bearish candidates (101, 105) dropped
        QTest::newRow("both sides: bullish kept") << both << int(Direction::Bullish) << 94.0 << 95.0;
        // Ties count as swings: two equal lows of 95 at 10 and 11; the older one is taken first.
        CandleSeries ties = base();
        ties[10].low = 95;
        ties[11].low = 95;
        ties[22] = {ties[22].openTime, 97, 100, 94, 96, 1};
        QTest::newRow("equal lows are swings") << ties << int(Direction::Bullish) << 94.0 << 95.0;
    }
    void liquiditySweeps()
    {
        QFETCH(CandleSeries, candles);
        QFETCH(int, direction);
        QFETCH(double, low);
        QFETCH(double, high);
        const PatternList sweeps = ofType(run(Timeframe::H1, candles), PatternType::LiquiditySweep);
        QCOMPARE(sweeps.size(), size_t(1));
        QCOMPARE(int(sweeps[0].direction), direction);
        QCOMPARE(sweeps[0].zoneLow, low);
        QCOMPARE(sweeps[0].zoneHigh, high);
        QCOMPARE(sweeps[0].detectedAt, candles.back().openTime);
    }

    void sweepNeedsTheSwingConfirmedBeforeTheCandle()
    {
        // Swing low at s = 19 needs candles up to 22 on its right; a sweep at i = 22 cannot use it (s <= i - 4).
        CandleSeries c;
        for (int k = 0; k < 23; ++k)
            c.push_back({kStart + k * kHour, 100, 101, 99, 100, 1});
        c[19] = {c[19].openTime, 99, 100, 95, 96, 1}; // closes below the flat lows: not a sweep itself
        c[22] = {c[22].openTime, 97, 100, 94, 96, 1};
        const PatternList early = ofType(run(Timeframe::H1, c), PatternType::LiquiditySweep);
        QVERIFY2(early.empty(), qPrintable(early.empty() ? QString() : describe(early[0])));
        // Nor one older than i - 50.
        CandleSeries old;
        for (int k = 0; k < 70; ++k)
            old.push_back({kStart + k * kHour, 100, 101, 99, 100, 1});
        old[10].low = 95;
        old[61] = {old[61].openTime, 97, 100, 94, 96, 1};
        QVERIFY(ofType(run(Timeframe::H1, old), PatternType::LiquiditySweep).empty());
        old[61] = {old[61].openTime, 100, 101, 99, 100, 1};
        old[60] = {old[60].openTime, 97, 100, 94, 96, 1}; // i - 50 = 10: still eligible
        QCOMPARE(ofType(run(Timeframe::H1, old), PatternType::LiquiditySweep).size(), size_t(1));
    }

    // Two bullish FVGs [100, 101] and [100.5, 101.5]: overlap exactly 0.5.
    void overlapThresholdPerTimeframe_data()
    {
        QTest::addColumn<int>("timeframe");
        QTest::addColumn<int>("expected");
        QTest::newRow("1m (.50): rejected") << int(Timeframe::M1) << 1;
        QTest::newRow("3m (.52): kept") << int(Timeframe::M3) << 2;
        QTest::newRow("1h (.70): kept") << int(Timeframe::H1) << 2;
    }
    void overlapThresholdPerTimeframe()
    {
        QFETCH(int, timeframe);
        QFETCH(int, expected);
        const Timeframe tf{Timeframe::Id(timeframe)};
        const auto candles = series(tf,
            {{99, 100, 98.5, 99.5}, {99.8, 100.5, 99.5, 100.3}, {101.2, 102, 101, 101.8},
                {101.8, 102.5, 101.5, 102.2}});
        QCOMPARE(int(run(tf, candles).size()), expected);
    }

    void onlyActivePatternsGate()
    {
        // Same zone again after the first one is filled: accepted; while it is active: rejected.
        const Timeframe tf = Timeframe::H1;
        const auto candles = series(tf,
            {{99, 100, 98.5, 99.5}, {99.8, 100.5, 99.5, 100.3}, {101.2, 102, 101, 101.8},
                {101.5, 101.8, 99.9, 100.2}, // fills [100, 101] (low <= 100)
                {100.2, 100.4, 99.5, 100}, // c2 of the next gap
                {100.5, 100.8, 100.5, 100.6}, // nothing
                {101.2, 102, 101, 101.8}}); // [100, 101] again from c4.H 100.4? no: c4.H=100.4
        const PatternList found = run(tf, candles);
        QVERIFY(!found.empty());
        QCOMPARE(found[0].status, PatternStatus::Filled);
        QCOMPARE(found[0].statusAt, candles[3].openTime + tf.durationMs());
        QCOMPARE(found.back().detectedAt, candles[6].openTime);
        QCOMPARE(found.back().zoneLow, 100.4);
        QCOMPARE(found.back().zoneHigh, 101.0);
    }

    void expiryPerTimeframe_data()
    {
        QTest::addColumn<int>("timeframe");
        QTest::addColumn<int>("hours");
        const int hours[] = {4, 8, 12, 24, 48, 72, 120, 168, 240, 288, 336, 672};
        for (const Timeframe tf : Timeframe::all())
            QTest::newRow(qPrintable(tf.toString())) << int(tf.id()) << hours[tf.index()];
    }
    void expiryPerTimeframe()
    {
        QFETCH(int, timeframe);
        QFETCH(int, hours);
        const Timeframe tf{Timeframe::Id(timeframe)};
        // A bullish FVG at candle 2, then candles far above it that never fill it.
        CandleSeries candles = series(tf, {{100, 101, 99, 100.5}, {100.5, 101.5, 100, 101}, {102, 105, 101.8, 104.5}});
        const qint64 candlesToExpiry = hours * kHour / tf.durationMs();
        // Candle 3 reaches into the zone (37.5 %) without filling it; then candles above it.
        candles.push_back({kStart + 3 * tf.durationMs(), 102, 105, 101.5, 104, 1});
        for (qint64 k = 4; k <= 1 + candlesToExpiry; ++k)
            candles.push_back({kStart + k * tf.durationMs(), 104, 105, 103, 104, 1});
        PatternEngine engine(tf);
        engine.addCandles(candles);
        // The last candle closes exactly at detected_at + hours: still active (expiry is strict).
        QCOMPARE(engine.patterns().size(), size_t(1));
        QCOMPARE(engine.patterns()[0].status, PatternStatus::Active);
        QCOMPARE(engine.patterns()[0].fillPct, 37.5);
        engine.addCandle({kStart + (2 + candlesToExpiry) * tf.durationMs(), 104, 105, 103, 104, 1});
        QCOMPARE(engine.patterns()[0].status, PatternStatus::Expired);
        QCOMPARE(engine.patterns()[0].fillPct, 37.5);
        QCOMPARE(engine.patterns()[0].statusAt, candles[2].openTime + hours * kHour + tf.durationMs());
        QCOMPARE(engine.changed().size(), size_t(1));
        QVERIFY(engine.activeIndices().empty());
    }

    void levelsUseAtrAtTheDetectionCandle()
    {
        // 20 constant candles (TR 4, ATR 4), then a bullish FVG at i = 21: buffer 0.5 * 4.
        CandleSeries candles;
        for (int k = 0; k < 20; ++k)
            candles.push_back({kStart + k * kHour, 100, 102, 98, 101, 1});
        candles.push_back({kStart + 20 * kHour, 101, 103, 100, 102.5, 1});
        candles.push_back({kStart + 21 * kHour, 104, 106, 104, 105, 1}); // c1 = candle 19 (H 102) < L 104
        const PatternList found = ofType(run(Timeframe::H1, candles), PatternType::Fvg);
        QCOMPARE(found.size(), size_t(1));
        const Series atr = cl::analysis::atr(candles, 14);
        QCOMPARE(found[0].levels.atr, atr[21]);
        QCOMPARE(found[0].levels.entry, 104.0);
        QCOMPARE(found[0].levels.stop, 102.0 - 0.5 * atr[21]);
    }

    void finerCandlesUpdateStatusesButNotInsideTheDetectionCandle()
    {
        const auto candles
            = series(Timeframe::H1, {{100, 101, 99, 100.5}, {100.5, 101.5, 100, 101}, {102, 105, 101.8, 104.5}});
        PatternEngine engine(Timeframe::H1);
        engine.addCandles(candles);
        QCOMPARE(engine.patterns().size(), size_t(1)); // [101, 101.8] detected at candle 2
        // A 1m candle inside candle 2 (the detection candle) is ignored even though its low is in the zone.
        const qint64 inside = candles[2].openTime + 30 * 60'000;
        QVERIFY(!engine.applyStatusCandle({inside, 101.5, 101.6, 101.0, 101.5, 1}, inside + 60'000));
        QCOMPARE(engine.patterns()[0].status, PatternStatus::Active);
        // The first minute after it fills it.
        const qint64 after = candles[2].openTime + kHour;
        QVERIFY(engine.applyStatusCandle({after, 101.5, 101.6, 101.4, 101.5, 1}, after + 60'000));
        QCOMPARE(engine.patterns()[0].fillPct, 50.0);
        QCOMPARE(engine.changed(), std::vector<int>{0});
        QVERIFY(engine.applyStatusCandle({after + 60'000, 101.5, 101.6, 100.9, 101.5, 1}, after + 120'000));
        QCOMPARE(engine.patterns()[0].status, PatternStatus::Filled);
        QCOMPARE(engine.patterns()[0].statusAt, after + 120'000);
    }

    void matchesNaiveReadingOfTheSpec_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("timeframe");
        QTest::addColumn<double>("gapChance");
        QTest::newRow("1m") << quint64(21) << int(Timeframe::M1) << 0.0;
        QTest::newRow("15m with gaps") << quint64(22) << int(Timeframe::M15) << 0.1;
        QTest::newRow("4h") << quint64(23) << int(Timeframe::H4) << 0.0;
        QTest::newRow("1w") << quint64(24) << int(Timeframe::W1) << 0.0;
    }
    void matchesNaiveReadingOfTheSpec()
    {
        QFETCH(quint64, seed);
        QFETCH(int, timeframe);
        QFETCH(double, gapChance);
        const Timeframe tf{Timeframe::Id(timeframe)};
        std::mt19937_64 rng(seed);
        CandleSeries candles = cl::test::randomMinuteCandles(rng, kStart, 3000, gapChance);
        // Same shapes, spread on the timeframe's grid (gaps stay gaps).
        for (Candle &c : candles)
            c.openTime = kStart + (c.openTime - kStart) / 60'000 * tf.durationMs();
        cl::test::NaivePatternReference reference(candles, tf);
        reference.run();
        const PatternList found = run(tf, candles);
        int perType[3] = {0, 0, 0};
        for (const Pattern &p : found)
            ++perType[int(p.type)];
        QVERIFY2(perType[0] > 10 && perType[1] > 10 && perType[2] > 10,
            qPrintable(QStringLiteral("%1 FVG %2 OB %3 LS").arg(perType[0]).arg(perType[1]).arg(perType[2])));
        QCOMPARE(found.size(), reference.patterns.size());
        for (size_t k = 0; k < found.size(); ++k)
            QVERIFY2(samePattern(found[k], reference.patterns[k]),
                qPrintable(describe(found[k]) + QStringLiteral("\n   vs ") + describe(reference.patterns[k])));
    }

    void liveOneAtATimeEqualsBatch()
    {
        std::mt19937_64 rng(31);
        const CandleSeries candles = cl::test::randomMinuteCandles(rng, kStart, 20'000, 0.05);
        PatternEngine batch(Timeframe::M1);
        batch.addCandles(candles);
        // Live: one candle at a time, collecting what each step reports and forgetting final patterns as a
        // long-running engine does once they are stored.
        PatternEngine live(Timeframe::M1);
        std::map<qint64, Pattern> seen; // by (detected_at, type)
        for (const Candle &c : candles) {
            QVERIFY(live.addCandle(c));
            for (int index : live.added())
                seen[live.patterns()[size_t(index)].detectedAt * 4 + int(live.patterns()[size_t(index)].type)]
                    = live.patterns()[size_t(index)];
            for (int index : live.changed())
                seen[live.patterns()[size_t(index)].detectedAt * 4 + int(live.patterns()[size_t(index)].type)]
                    = live.patterns()[size_t(index)];
            if (c.openTime % (97 * 60'000) == 0)
                live.dropFinished();
        }
        QCOMPARE(seen.size(), batch.patterns().size());
        size_t k = 0;
        for (const auto &[key, p] : seen)
            QVERIFY2(samePattern(p, batch.patterns()[k++]), qPrintable(describe(p)));
        QCOMPARE(live.atr(), batch.atr());
    }

    void profilingSplitsTheTimeIntoStages()
    {
        std::mt19937_64 rng(41);
        const CandleSeries candles = cl::test::randomMinuteCandles(rng, kStart, 5000);
        PatternEngine engine(Timeframe::M1);
        engine.setProfiling(true);
        engine.addCandles(candles);
        QVERIFY(engine.stageTimes().statusNs > 0);
        QVERIFY(engine.stageTimes().detectNs > 0);
        QVERIFY(engine.stageTimes().levelsNs > 0);
    }
};

QTEST_APPLESS_MAIN(TstPatternEngine)
#include "tst_patternengine.moc"
