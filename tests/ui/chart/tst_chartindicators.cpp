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
        const auto ema = cl::analysis::ema(closes, ind.parameters.emaPeriod);
        const auto rsi = cl::analysis::rsi(closes, ind.parameters.rsiPeriod);
        const IndicatorParameters &p = ind.parameters;
        const auto macd = cl::analysis::macd(closes, p.macdFast, p.macdSlow, p.macdSignal);
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
        QVERIFY(std::isnan(ind.sma()[size_t(ind.parameters.smaPeriod - 2)]));
        QVERIFY(!std::isnan(ind.sma()[size_t(ind.parameters.smaPeriod - 1)]));
        QVERIFY(ind.bollingerUpper()[100] > ind.bollingerMid()[100]);
        QVERIFY(ind.bollingerLower()[100] < ind.bollingerMid()[100]);
    }

    void linesUseTheParameters()
    {
        std::mt19937_64 rng(11);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, 800);
        ChartIndicators ind;
        ind.parameters.emaPeriod = 5;
        ind.parameters.bollingerPeriod = 12;
        ind.parameters.bollingerK = 3.0;
        ind.parameters.macdFast = 3;
        ind.parameters.macdSlow = 40;
        ind.parameters.macdSignal = 2;
        ind.recompute(candles, Indicator::Ema | Indicator::Bollinger | Indicator::Macd);
        QCOMPARE(ind.settingsOnly().parameters, ind.parameters);
        QVERIFY(ind.settingsOnly().ema().empty());
        const auto closes = cl::analysis::closesOf(candles);
        const auto ema = cl::analysis::ema(closes, 5);
        const auto bb = cl::analysis::bollinger(closes, 12, 3.0, 3.0);
        const auto macd = cl::analysis::macd(closes, 3, 40, 2);
        QVERIFY(std::isnan(ind.ema()[3]));
        for (const size_t i : {size_t(4), size_t(11), size_t(41), size_t(500), size_t(799)}) {
            QVERIFY(qAbs(ind.ema()[i] - ema[i]) <= 1e-5 * std::abs(ema[i]));
            if (!std::isnan(bb.upper[i]))
                QVERIFY(qAbs(ind.bollingerUpper()[i] - bb.upper[i]) <= 1e-5 * std::abs(bb.upper[i]));
            QCOMPARE(std::isnan(ind.macd()[i]), std::isnan(macd.macd[i]));
            if (!std::isnan(macd.hist[i]))
                QVERIFY(qAbs(ind.macdHist()[i] - macd.hist[i]) <= 1e-5);
        }
        QVERIFY(std::isnan(ind.bollingerUpper()[10]) && !std::isnan(ind.bollingerUpper()[11]));
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
