#pragma once

#include "backtestresult.h"

#include <QByteArray>

namespace cl::backtest {

// The `backtest --format json` document: {"trades": [...], "metrics": {...}} with the metrics keys of
// `metrics` in spec/cli.md (portfolio::MetricsJson), numbers with 17 significant digits.
class BacktestJson
{
public:
    static QByteArray write(const BacktestResult &result);
    static QByteArray trades(const std::vector<BacktestTrade> &trades);
    static QByteArray trade(const BacktestTrade &trade);
    // The metrics object on one line (for storage).
    static QByteArray metricsCompact(const portfolio::MetricsReport &report);
};

} // namespace cl::backtest
