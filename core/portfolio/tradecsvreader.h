#pragma once

#include "tradeimportresult.h"

class QIODevice;

namespace cl::portfolio {

// Reads our trade CSV (spec/cli.md):
// id,symbol,direction,entry_time,exit_time,entry_price,exit_price,quantity,fees,stop_loss,take_profit,pattern_type,timeframe
// Each row becomes a trade with an entry fill and, when closed, an exit fill; the fees column is the trade's.
// A bad row is reported with its line and why; a repeated id is an error on its second line.
class TradeCsvReader
{
public:
    static constexpr const char *kHeader =
        "id,symbol,direction,entry_time,exit_time,entry_price,exit_price,quantity,fees,stop_loss,take_profit,"
        "pattern_type,timeframe";

    static TradeParseResult read(QIODevice &device);
    // One data row's fields into a trade; the reason when it is invalid.
    static QString parseRow(const QStringList &fields, Trade *trade);
};

} // namespace cl::portfolio
