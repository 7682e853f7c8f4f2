#pragma once

#include "backtestdata.h"
#include "backtestsettings.h"

#include <optional>

namespace cl::storage {
class SqlConnection;
}

namespace cl::backtest {

// Loads what a backtest replays from the candles table: the traded timeframe's candles with
// from <= open_time <= to, the 1m candles inside them (statuses), and for signals the other matrix
// timeframes. The CLI and the GUI's BacktestDock (on its worker thread, with its own connection) share it.
class BacktestDataLoader
{
public:
    // nullopt with *error saying why (unknown symbol, no candles in the range, a read error).
    static std::optional<BacktestData> load(storage::SqlConnection &connection, model::ExchangeId exchange,
        const model::Symbol &symbol, model::Timeframe timeframe, qint64 from, qint64 to,
        const BacktestSettings &settings, QString *error);
};

} // namespace cl::backtest
