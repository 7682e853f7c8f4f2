#pragma once

#include "trade.h"

#include <QString>

#include <vector>

namespace cl::portfolio {

struct ImportProblem
{
    qint64 line = 0;       // 0 when the problem is not one line's (a summary warning)
    QString reason;
    bool warning = false;  // reported, but the row is kept
};

struct ParsedTrade
{
    qint64 line = 0;       // where the trade starts in the file
    Trade trade;
};

// What a trade file reader produced: the valid trades, every rejected row and warning, or a fatal error
// (header, I/O) that stops everything.
struct TradeParseResult
{
    std::vector<ParsedTrade> trades;
    std::vector<ImportProblem> problems;
    qint64 rowsRead = 0;
    qint64 rowsInvalid = 0;
    QString fatalError;    // with its line in fatalLine
    qint64 fatalLine = 0;
};

} // namespace cl::portfolio
