// Monte Carlo resampling: seeded and reproducible, percentiles, drawdown risk, permutation mode.
#include "portfolio/montecarlo.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace cl::portfolio;

namespace {
const std::vector<double> kRs{2.0, -1.0, 1.5, -1.0, -1.0, 3.0, 0.5, -1.0, 2.2, -0.4};
}

class TstMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void theSeedReproducesEveryPath()
    {
        MonteCarloConfig config;
        config.seed = 1234;
        config.paths = 2000;
        const MonteCarloResult a = MonteCarlo::run(kRs, config);
        const MonteCarloResult b = MonteCarlo::run(kRs, config);
        QCOMPARE(a.seed, quint64(1234));
        QVERIFY(a.terminalEquity);
        QCOMPARE(*a.terminalEquity, *b.terminalEquity);
        QCOMPARE(a.maxDrawdown, b.maxDrawdown);
        QCOMPARE(a.fan, b.fan);
        config.seed = 1235;
        QVERIFY(*MonteCarlo::run(kRs, config).terminalEquity != *a.terminalEquity);
    }

    void withoutASeedOneIsDrawnAndReported()
    {
        MonteCarloConfig config;
        config.paths = 100;
        const MonteCarloResult a = MonteCarlo::run(kRs, config);
        config.seed = a.seed;
        QCOMPARE(*MonteCarlo::run(kRs, config).terminalEquity, *a.terminalEquity);
    }

    void drawsAreTheSameOnEveryPlatform()
    {
        // mt19937_64 is fixed by the standard (its first output for the default seed 5489 is 14514284786278117030);
        // the bounded draw is ours, so the index follows from it.
        std::mt19937_64 rng(5489);
        QCOMPARE(MonteCarlo::boundedIndex(rng, 1000), quint64(14514284786278117030ULL % 1000));
        // Regression guard of the whole path generation for seed 42 (these numbers must never change).
        MonteCarloConfig config;
        config.seed = 42;
        config.paths = 500;
        const MonteCarloResult r = MonteCarlo::run(kRs, config);
        QCOMPARE(QString::number((*r.terminalEquity)[2], 'f', 6), QStringLiteral("10485.296647"));
    }

    void percentilesAreOrdered()
    {
        MonteCarloConfig config;
        config.seed = 7;
        const MonteCarloResult r = MonteCarlo::run(kRs, config);
        QCOMPARE(r.paths, 10'000);
        QCOMPARE(r.tradesPerPath, int(kRs.size()));
        for (size_t i = 1; i < 5; ++i) {
            QVERIFY((*r.terminalEquity)[i - 1] <= (*r.terminalEquity)[i]);
            QVERIFY(r.maxDrawdown[i - 1] <= r.maxDrawdown[i]);
        }
        QVERIFY(r.maxDrawdown[0] < 0.0);
        QVERIFY(r.probDrawdownBeyond >= 0.0 && r.probDrawdownBeyond <= 1.0);
        QCOMPARE(r.fan.size(), size_t(kRs.size()));
        QCOMPARE(r.fan.back(), *r.terminalEquity);
    }

    void knownPathsGiveKnownNumbers()
    {
        // Every trade -1 R at 1 % risk for 10 trades: equity 10000 * 0.99^10, drawdown 0.99^10 - 1 = -9.56 %.
        MonteCarloConfig config;
        config.seed = 1;
        config.paths = 50;
        config.drawdownThreshold = 0.05;
        const std::vector<double> losses(10, -1.0);
        MonteCarloResult r = MonteCarlo::run(losses, config);
        double expected = 10'000.0;
        for (int i = 0; i < 10; ++i)
            expected *= 0.99;
        QCOMPARE((*r.terminalEquity)[0], expected);
        QCOMPARE((*r.terminalEquity)[4], expected);
        QVERIFY(std::fabs(r.maxDrawdown[2] - (expected / 10'000.0 - 1.0)) < 1e-12);
        QCOMPARE(r.probDrawdownBeyond, 1.0);
        QCOMPARE(r.probLoss, 1.0);
        config.drawdownThreshold = 0.2;
        QCOMPARE(MonteCarlo::run(losses, config).probDrawdownBeyond, 0.0);
    }

    void pnlPercentSource()
    {
        MonteCarloConfig config;
        config.seed = 3;
        config.paths = 10;
        config.source = MonteCarloConfig::Source::PnlPercent;
        config.positionFraction = 0.5;
        config.tradesPerPath = 2;
        // Each trade +10 % on half the account: x 1.05 twice.
        const MonteCarloResult r = MonteCarlo::run(std::vector<double>{10.0}, config);
        QCOMPARE(r.tradesPerPath, 2);
        QVERIFY(std::fabs((*r.terminalEquity)[2] - 10'000.0 * 1.05 * 1.05) < 1e-9);
        QCOMPARE(r.maxDrawdown[0], 0.0);
    }

    void permutationIsForDrawdownsOnly()
    {
        MonteCarloConfig config;
        config.seed = 11;
        config.paths = 300;
        config.mode = MonteCarloConfig::Mode::Permutation;
        config.tradesPerPath = 99; // ignored: a permutation uses every trade once
        const MonteCarloResult r = MonteCarlo::run(kRs, config);
        QVERIFY(!r.terminalEquity);
        QCOMPARE(r.tradesPerPath, int(kRs.size()));
        QVERIFY(r.maxDrawdown[0] < r.maxDrawdown[4]); // orders differ in drawdown
        // Terminal equity is the same on every path (up to rounding): the fan's last step is flat.
        QVERIFY(std::fabs(r.fan.back()[0] - r.fan.back()[4]) < 1e-6);
    }

    void emptySample()
    {
        const MonteCarloResult r = MonteCarlo::run(std::vector<double>{}, MonteCarloConfig{});
        QCOMPARE(r.paths, 0);
        QVERIFY(!r.terminalEquity);
    }
};

QTEST_GUILESS_MAIN(TstMonteCarlo)
#include "tst_montecarlo.moc"
