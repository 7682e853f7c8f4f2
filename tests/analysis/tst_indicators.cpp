#include "analysis/atrstream.h"
#include "analysis/bollingerstream.h"
#include "analysis/emastream.h"
#include "analysis/indicators.h"
#include "analysis/macdstream.h"
#include "analysis/rsistream.h"
#include "analysis/smastream.h"
#include "analysis/volumespikestream.h"
#include "testsupport.h"

#include <QTest>
#include <cmath>
#include <cstring>

using namespace cl::analysis;
using cl::model::Candle;
using cl::model::CandleSeries;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

const double N = kNaN;

bool sameBits(double a, double b)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// NaN-aware element comparison with an absolute tolerance for hand-computed values.
QString differenceOf(const Series &actual, const Series &expected, double tolerance)
{
    if (actual.size() != expected.size())
        return QStringLiteral("size %1 != %2").arg(actual.size()).arg(expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        const bool bothNaN = std::isnan(actual[i]) && std::isnan(expected[i]);
        if (!bothNaN && !(std::abs(actual[i] - expected[i]) <= tolerance))
            return QStringLiteral("index %1: %2 != %3").arg(i).arg(actual[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17);
    }
    return {};
}

CandleSeries candlesFromCloses(const Series &closes)
{
    CandleSeries out;
    for (size_t i = 0; i < closes.size(); ++i)
        out.push_back({qint64(i) * 60'000, closes[i], closes[i], closes[i], closes[i], 1.0});
    return out;
}

CandleSeries randomCandles(quint64 seed, int count)
{
    std::mt19937_64 rng(seed);
    return cl::test::randomMinuteCandles(rng, 1'700'000'000'000 - 1'700'000'000'000 % 60'000, count);
}

// Slow reference EMA over values[from..] seeded with the mean of values[from .. from+p-1]: used to check
// MACD's seeding independently of the production code.
Series referenceEma(const Series &values, size_t from, int p)
{
    Series out(values.size(), N);
    double seed = 0.0;
    for (size_t k = from; k < from + size_t(p); ++k)
        seed += values[k];
    double e = seed / p;
    out[from + size_t(p) - 1] = e;
    for (size_t k = from + size_t(p); k < values.size(); ++k) {
        e = e + (values[k] - e) * (2.0 / (p + 1));
        out[k] = e;
    }
    return out;
}

} // namespace

class TstIndicators : public QObject
{
    Q_OBJECT

private slots:
    void handChecked_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<Series>("input");
        QTest::addColumn<Series>("expected");
        QTest::newRow("sma3") << QStringLiteral("sma3") << Series{1, 2, 3, 4, 5} << Series{N, N, 2, 3, 4};
        QTest::newRow("sma1 is the input") << QStringLiteral("sma1") << Series{7, 8} << Series{7, 8};
        QTest::newRow("sma longer than input") << QStringLiteral("sma3") << Series{1, 2} << Series{N, N};
        QTest::newRow("ema3 seeded by sma") << QStringLiteral("ema3") << Series{1, 2, 3, 4, 5} << Series{N, N, 2, 3, 4};
        QTest::newRow("ema3 step") << QStringLiteral("ema3") << Series{2, 4, 6, 10, 0} << Series{N, N, 4, 7, 3.5};
        // d = +1 +1 -1 +2: seed G=1 L=0 -> 100; then G=.5 L=.5 -> 50; then G=1.25 L=.25 -> 83.33
        QTest::newRow("rsi2") << QStringLiteral("rsi2") << Series{1, 2, 3, 2, 4}
                              << Series{N, N, 100, 50, 100.0 * 1.25 / 1.5};
        QTest::newRow("rsi2 all losses") << QStringLiteral("rsi2") << Series{5, 4, 3, 2} << Series{N, N, 0, 0};
        QTest::newRow("rsi flat is 0") << QStringLiteral("rsi2") << Series{3, 3, 3, 3} << Series{N, N, 0, 0};
        QTest::newRow("rsi input too short") << QStringLiteral("rsi2") << Series{3, 4} << Series{N, N};
        // mean 2, population sd sqrt(2/3)
        QTest::newRow("bb3 upper") << QStringLiteral("bbu3") << Series{1, 2, 3}
                                   << Series{N, N, 2 + 2 * std::sqrt(2.0 / 3.0)};
        QTest::newRow("bb3 lower k=1") << QStringLiteral("bbl3") << Series{1, 2, 3, 3}
                                       << Series{N, N, 2 - std::sqrt(2.0 / 3.0), 8.0 / 3 - std::sqrt(2.0 / 9.0)};
        QTest::newRow("bb3 mid") << QStringLiteral("bbm3") << Series{1, 2, 3, 3} << Series{N, N, 2, 8.0 / 3};
        // previous 2 volumes: (2,4) mean 3 sd 1 -> V=6: ratio 2, z 3; (4,6) mean 5 sd 1 -> V=5: 1, 0; (6,5) -> 0: 0,
        // -11
        QTest::newRow("volume spike ratio")
            << QStringLiteral("spike_ratio2") << Series{2, 4, 6, 5, 0} << Series{N, N, 2, 1, 0};
        QTest::newRow("volume spike z") << QStringLiteral("spike_z2") << Series{2, 4, 6, 5, 0}
                                        << Series{N, N, 3, 0, -11};
        QTest::newRow("volume spike undefined on zero")
            << QStringLiteral("spike_ratio2") << Series{0, 0, 6} << Series{N, N, N};
        QTest::newRow("volume spike z undefined on flat")
            << QStringLiteral("spike_z2") << Series{3, 3, 6} << Series{N, N, N};
    }
    void handChecked()
    {
        QFETCH(QString, indicator);
        QFETCH(Series, input);
        QFETCH(Series, expected);
        Series actual;
        if (indicator == QLatin1String("sma3"))
            actual = sma(input, 3);
        else if (indicator == QLatin1String("sma1"))
            actual = sma(input, 1);
        else if (indicator == QLatin1String("ema3"))
            actual = ema(input, 3);
        else if (indicator == QLatin1String("rsi2"))
            actual = rsi(input, 2);
        else if (indicator == QLatin1String("bbu3"))
            actual = bollinger(input, 3, 2.0, 2.0).upper;
        else if (indicator == QLatin1String("bbl3"))
            actual = bollinger(input, 3, 2.0, 1.0).lower;
        else if (indicator == QLatin1String("bbm3"))
            actual = bollinger(input, 3).mid;
        else if (indicator == QLatin1String("spike_ratio2"))
            actual = volumeSpike(input, 2).ratio;
        else if (indicator == QLatin1String("spike_z2"))
            actual = volumeSpike(input, 2).zScore;
        const QString why = differenceOf(actual, expected, 1e-12);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void trueRangeAndWilderAtr()
    {
        // TR_1 = max(12, 10) - min(9, 10) = 3; TR_2 = max(11, 11) - min(10, 11) = 1 (gap up from close 11: 11-10);
        // TR_3 = max(15, 10.5) - min(14, 10.5) = 4.5 (gap up: the previous close counts).
        const CandleSeries candles{{0, 10, 11, 9, 10, 1}, {60'000, 10, 12, 9, 11, 1}, {120'000, 11, 11, 10, 10.5, 1},
            {180'000, 14, 15, 14, 14.5, 1}};
        const QString trWhy = differenceOf(trueRange(candles), Series{N, 3, 1, 4.5}, 0);
        QVERIFY2(trWhy.isEmpty(), qPrintable(trWhy));
        // ATR(2): seed mean(3, 1) = 2 at index 2; then (2 * 1 + 4.5) / 2 = 3.25.
        const QString atrWhy = differenceOf(atr(candles, 2), Series{N, N, 2, 3.25}, 0);
        QVERIFY2(atrWhy.isEmpty(), qPrintable(atrWhy));
        QVERIFY(std::isnan(atr(candles, 3)[2]));
        QCOMPARE(atr(candles, 3)[3], (3 + 1 + 4.5) / 3);
    }

    void constantCandlesGiveTheirRangeAsAtr()
    {
        CandleSeries candles;
        for (int i = 0; i < 40; ++i)
            candles.push_back({i * 3'600'000LL, 100, 102, 98, 101, 1});
        const Series values = atr(candles, 14);
        QVERIFY(std::isnan(values[13]));
        for (size_t i = 14; i < values.size(); ++i)
            QCOMPARE(values[i], 4.0);
    }

    void macdSeedsBothAveragesAtSlowMinusOne()
    {
        const CandleSeries candles = randomCandles(7, 300);
        const Series closes = closesOf(candles);
        const MacdSeries m = macd(closes, 12, 26, 9);
        for (size_t i = 0; i < 33; ++i) {
            QVERIFY(std::isnan(m.macd[i]));
            QVERIFY(std::isnan(m.signal[i]));
            QVERIFY(std::isnan(m.hist[i]));
        }
        // Fast EMA seeded with the mean of C[14..25], slow with C[0..25]; signal with mean(macd[25..33]).
        const Series fast = referenceEma(closes, 14, 12);
        const Series slow = referenceEma(closes, 0, 26);
        Series line(closes.size(), N);
        for (size_t i = 25; i < closes.size(); ++i)
            line[i] = fast[i] - slow[i];
        const Series signal = referenceEma(line, 25, 9);
        for (size_t i = 33; i < closes.size(); ++i) {
            QCOMPARE(m.macd[i], line[i]);
            QCOMPARE(m.signal[i], signal[i]);
            QCOMPARE(m.hist[i], line[i] - signal[i]);
        }
    }

    void macdRejectsSlowNotAboveFast()
    {
        const Series closes(100, 1.0);
        const MacdSeries m = macd(closes, 26, 12, 9);
        for (double v : m.macd)
            QVERIFY(std::isnan(v));
    }

    void invariantsOnRandomData_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("seed 3") << quint64(3);
    }
    void invariantsOnRandomData()
    {
        QFETCH(quint64, seed);
        const CandleSeries candles = randomCandles(seed, 5000);
        const Series closes = closesOf(candles);
        const Series r = rsi(closes, 14);
        const Series a = atr(candles, 14);
        const BollingerSeries bb = bollinger(closes, 20, 2, 2);
        const Series s = sma(closes, 20);
        for (size_t i = 14; i < closes.size(); ++i) {
            QVERIFY2(r[i] >= 0 && r[i] <= 100, qPrintable(QString::number(r[i])));
            QVERIFY(a[i] >= 0);
        }
        for (size_t i = 19; i < closes.size(); ++i) {
            QVERIFY(bb.lower[i] <= bb.mid[i] && bb.mid[i] <= bb.upper[i]);
            QCOMPARE(bb.mid[i], s[i]);
            double lo = closes[i], hi = closes[i];
            for (size_t k = i - 19; k <= i; ++k) {
                lo = std::min(lo, closes[k]);
                hi = std::max(hi, closes[k]);
            }
            QVERIFY(s[i] >= lo && s[i] <= hi);
        }
    }

    void flatPricesGiveRsiZero()
    {
        const Series closes(100, 0.00001234);
        const Series r = rsi(closes, 14);
        for (size_t i = 14; i < closes.size(); ++i)
            QCOMPARE(r[i], 0.0);
    }

    // The cutoff is absolute (TA-Lib): a coin near 1e-5 that moves 1e-15 per candle reads RSI 0.
    void rsiCutoffIsAbsolute()
    {
        Series closes;
        for (int i = 0; i < 30; ++i)
            closes.push_back(0.00001 + i * 1e-16);
        QCOMPARE(rsi(closes, 14)[20], 0.0);
    }

    void bollingerHasNoVarianceDriftOnLargePrices()
    {
        // Running sums of squares lose everything here (x^2 ~ 1e18 against a variance of 1.25e-1).
        Series closes;
        for (int i = 0; i < 1000; ++i)
            closes.push_back(1e9 + (i % 2 == 0 ? 0.0 : 1.0) * 0.5 + (i % 5) * 0.25);
        const BollingerSeries bb = bollinger(closes, 20, 2, 2);
        for (size_t i = 19; i < closes.size(); ++i) {
            double mean = 0.0;
            for (size_t k = i - 19; k <= i; ++k)
                mean += closes[k] - 1e9;
            mean /= 20;
            double var = 0.0;
            for (size_t k = i - 19; k <= i; ++k)
                var += (closes[k] - 1e9 - mean) * (closes[k] - 1e9 - mean);
            const double sd = std::sqrt(var / 20);
            QVERIFY2(std::abs((bb.upper[i] - bb.mid[i]) - 2 * sd) < 1e-6, qPrintable(QString::number(i)));
        }
    }

    void streamingEqualsBatchBitForBit_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("count");
        QTest::newRow("short: inside every lookback") << quint64(11) << 20;
        QTest::newRow("2000 candles") << quint64(12) << 2000;
        QTest::newRow("20000 candles") << quint64(13) << 20000;
    }
    void streamingEqualsBatchBitForBit()
    {
        QFETCH(quint64, seed);
        QFETCH(int, count);
        const CandleSeries candles = randomCandles(seed, count);
        const Series closes = closesOf(candles);
        const Series volumes = volumesOf(candles);
        const Series smaB = sma(closes, 20), emaB = ema(closes, 20), rsiB = rsi(closes, 14), atrB = atr(candles, 14);
        const MacdSeries macdB = macd(closes, 12, 26, 9);
        const BollingerSeries bbB = bollinger(closes, 20, 2, 1.5);
        const VolumeSpikeSeries spikeB = volumeSpike(volumes, 20);
        const Series volsmaB = sma(volumes, 20);
        SmaStream smaS(20), volsmaS(20);
        EmaStream emaS(20);
        RsiStream rsiS(14);
        AtrStream atrS(14);
        MacdStream macdS(12, 26, 9);
        BollingerStream bbS(20, 2, 1.5);
        VolumeSpikeStream spikeS(20);
        for (size_t i = 0; i < candles.size(); ++i) {
            const Candle &c = candles[i];
            const auto at
                = [&](const char *what) { return QStringLiteral("%1 at %2").arg(QLatin1String(what)).arg(i); };
            QVERIFY2(sameBits(smaS.update(c.close), smaB[i]), qPrintable(at("sma")));
            QVERIFY2(sameBits(emaS.update(c.close), emaB[i]), qPrintable(at("ema")));
            QVERIFY2(sameBits(rsiS.update(c.close), rsiB[i]), qPrintable(at("rsi")));
            QVERIFY2(sameBits(atrS.update(c), atrB[i]), qPrintable(at("atr")));
            const auto m = macdS.update(c.close);
            QVERIFY2(sameBits(m.macd, macdB.macd[i]) && sameBits(m.signal, macdB.signal[i])
                    && sameBits(m.hist, macdB.hist[i]),
                qPrintable(at("macd")));
            const auto b = bbS.update(c.close);
            QVERIFY2(sameBits(b.upper, bbB.upper[i]) && sameBits(b.mid, bbB.mid[i]) && sameBits(b.lower, bbB.lower[i]),
                qPrintable(at("bb")));
            const auto v = spikeS.update(c.volume);
            QVERIFY2(
                sameBits(v.ratio, spikeB.ratio[i]) && sameBits(v.zScore, spikeB.zScore[i]), qPrintable(at("spike")));
            QVERIFY2(sameBits(volsmaS.update(c.volume), volsmaB[i]), qPrintable(at("volsma")));
        }
    }

    void invalidPeriodsGiveNaN()
    {
        const Series closes{1, 2, 3};
        for (double v : sma(closes, 0))
            QVERIFY(std::isnan(v));
        for (double v : ema(closes, -1))
            QVERIFY(std::isnan(v));
        for (double v : rsi(closes, 0))
            QVERIFY(std::isnan(v));
        QVERIFY(sma(Series{}, 3).empty());
        QVERIFY(atr(candlesFromCloses({}), 14).empty());
    }
};

QTEST_APPLESS_MAIN(TstIndicators)
#include "tst_indicators.moc"
