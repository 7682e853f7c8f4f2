#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

namespace cl::test {

QString sharedDir()
{
    return qEnvironmentVariable("CL_SHARED_DIR");
}

QString cliPath()
{
    return qEnvironmentVariable("CL_CLI");
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("cryptolens-cli did not finish in time");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

model::CandleSeries randomMinuteCandles(std::mt19937_64 &rng, qint64 startMs, int count, double gapChance)
{
    std::normal_distribution<double> step(0.0, 0.002);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    model::CandleSeries candles;
    candles.reserve(size_t(count));
    double price = 100.0;
    qint64 t = startMs;
    while (int(candles.size()) < count) {
        t += 60'000;
        if (unit(rng) < gapChance)
            continue;
        model::Candle c;
        c.openTime = t;
        c.open = price;
        price *= 1.0 + step(rng);
        c.close = price;
        c.high = std::max(c.open, c.close) * (1.0 + unit(rng) * 0.001);
        c.low = std::min(c.open, c.close) * (1.0 - unit(rng) * 0.001);
        c.volume = unit(rng) < 0.05 ? 0.0 : unit(rng) * 10.0;
        candles.push_back(c);
    }
    return candles;
}

bool writeCandleCsv(const QString &path, const model::CandleSeries &candles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text = "timestamp,open,high,low,close,volume\n";
    for (const auto &c : candles) {
        text += QByteArray::number(c.openTime) + ',' + QByteArray::number(c.open, 'g', 17) + ','
            + QByteArray::number(c.high, 'g', 17) + ',' + QByteArray::number(c.low, 'g', 17) + ','
            + QByteArray::number(c.close, 'g', 17) + ',' + QByteArray::number(c.volume, 'g', 17) + '\n';
    }
    return file.write(text) == text.size();
}

} // namespace cl::test
