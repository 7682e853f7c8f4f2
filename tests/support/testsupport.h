#pragma once

#include "model/candle.h"

#include <QString>
#include <QStringList>

#include <random>

namespace cl::test {

// The folder with the shared specs and real exchange frames (../shared beside the checkout).
QString sharedDir();
// The built cryptolens-cli, for end-to-end tests through the real executable.
QString cliPath();

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs cryptolens-cli with the arguments and waits for it (bounded, never hangs a test run).
CliRun runCli(const QStringList &arguments, int timeoutMs = 120'000);

// A random walk of valid 1m candles from startMs; gapChance in [0, 1) leaves minutes out.
model::CandleSeries randomMinuteCandles(std::mt19937_64 &rng, qint64 startMs, int count, double gapChance = 0.0);

// Writes candles as a candle CSV (spec/cli.md) with millisecond timestamps.
bool writeCandleCsv(const QString &path, const model::CandleSeries &candles);

} // namespace cl::test
