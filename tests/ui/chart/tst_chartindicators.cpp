#include "analysis/indicators.h"
#include "chart/chartindicators.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace cl::chart;

class TstChartIndicators : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        const Indicators all = Indicator::Volume | Indicator::Ema | Indicator::Sma | Indicator::Bollinger
            | Indicator::Rsi | Indicator::Macd;
        QCOMPARE(indicatorsFromNames(indicatorNames(all)), all);
        QCOMPARE(indicatorNames(Indicator::Ema | Indicator::Rsi), (QStringList{QStringLiteral("ema"), QStringLiteral("rsi")}));
        QCOMPARE(indicatorsFromNames({QStringLiteral("bogus")}), Indicators());
    }

    void valuesMatchTheAnalysisLibrary()
    {
        std::mt19937_64 rng(9);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, 2000);
        ChartIndicators ind;
        ind.recompute(candles, Indicator::Ema | Indicator::Sma | Indicator::Bollinger | Indicator::Rsi | Indicator::Macd);
        const auto closes = cl::analysis::closesOf(candles);
        const auto ema = cl::analysis::ema(closes, ind.emaPeriod);
        const auto rsi = cl::analysis::rsi(closes, ind.rsiPeriod);
        const auto macd = cl::analysis::macd(closes, ind.macdFast, ind.macdSlow, ind.macdSignal);
        QCOMPARE(ind.ema().size(), candles.size());
        for (size_t i = 0; i < candles.size(); ++i) {
            QCOMPARE(std::isnan(ind.ema()[i]), std::isnan(ema[i]));
            if (!std::isnan(ema[i]))
                QVERIFY(qAbs(ind.ema()[i] - ema[i]) <= 1e-5 * std::abs(ema[i]));
            if (!std::isnan(rsi[i]))
                QVERIFY(qAbs(ind.rsi()[i] - rsi[i]) <= 1e-4);
            if (!std::isnan(macd.hist[i]))
                QVERIFY(qAbs(ind.macdHist()[i] - macd.hist[i]) <= 1e-5);
        }
        QVERIFY(std::isnan(ind.sma()[size_t(ind.smaPeriod - 2)]));
        QVERIFY(!std::isnan(ind.sma()[size_t(ind.smaPeriod - 1)]));
        QVERIFY(ind.bollingerUpper()[100] > ind.bollingerMid()[100]);
        QVERIFY(ind.bollingerLower()[100] < ind.bollingerMid()[100]);
    }

    void onlyEnabledIndicatorsHoldMemory()
    {
        std::mt19937_64 rng(9);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, 1000);
        ChartIndicators ind;
        ind.recompute(candles, Indicator::Volume);
        QCOMPARE(ind.memoryBytes(), size_t(0));
        ind.recompute(candles, Indicator::Ema);
        QCOMPARE(ind.memoryBytes(), 1000 * sizeof(float));
        QVERIFY(ind.rsi().empty());
        ind.recompute({}, Indicator::Ema | Indicator::Macd); // empty input
        QVERIFY(ind.ema().empty());
    }
};

QTEST_APPLESS_MAIN(TstChartIndicators)
#include "tst_chartindicators.moc"
