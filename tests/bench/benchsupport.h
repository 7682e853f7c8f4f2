#pragma once

#include <QString>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace cl::bench {

// Prints one figure as a JSON line on stdout: {"name": ..., "value": ..., "unit": ...[, "baseline": ...]}.
void report(const QString &name, double value, const QString &unit, const QString &baseline = {});

// Median wall time in milliseconds of `repetitions` runs of work after `warmups` unmeasured runs.
double medianMs(const std::function<void()> &work, int repetitions = 5, int warmups = 1);

// Process CPU time (user + system) in seconds, for cpu_pct_of_core figures.
double processCpuSeconds();
// Resident set size in MiB.
double residentMiB();

} // namespace cl::bench
