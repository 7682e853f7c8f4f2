#pragma once

#include "model/exchangeid.h"
#include "model/pattern.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <QString>
#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::analysis {

// The pattern matrix of spec/patterns.md: rows = watched symbols (those in a watchlist, and those with
// stored patterns), columns = the matrix timeframes; a cell holds the newest active pattern (highest
// detected_at, any type; on one candle the later detector) or nothing (neutral). Built from one query.
class PatternMatrix
{
public:
    struct Row
    {
        qint64 symbolId = 0;
        model::ExchangeId exchange = model::ExchangeId::Binance;
        model::Symbol symbol;
        std::vector<std::optional<model::Pattern>> cells; // one per timeframe, in the order asked for
        int bullish = 0;
        int bearish = 0;
    };

    static std::optional<std::vector<Row>> load(
        storage::SqlConnection &connection, const std::vector<model::Timeframe> &timeframes, QString *error);
};

} // namespace cl::analysis
