#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace cl::bench {

void report(const QString &name, double value, const QString &unit, const QString &baseline)
{
    QString line = QStringLiteral("{\"name\": \"%1\", \"value\": %2, \"unit\": \"%3\"").arg(name).arg(value, 0, 'g', 10).arg(unit);
    if (!baseline.isEmpty())
        line += QStringLiteral(", \"baseline\": \"%1\"").arg(baseline);
    line += QLatin1Char('}');
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

double medianMs(const std::function<void()> &work, int repetitions, int warmups)
{
    for (int i = 0; i < warmups; ++i)
        work();
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

} // namespace cl::bench
