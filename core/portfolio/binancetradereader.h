#pragma once

#include "tradeimportresult.h"

class QIODevice;

namespace cl::portfolio {

// Reads Binance's spot trade-history export ("Export Trade History" on the Spot orders page):
//   "Date(UTC)","Pair","Side","Price","Executed","Amount","Fee"
//   "2024-03-01 12:30:00","BTCUSDT","BUY","62,000.50","0.00100000BTC","62.0005USDT","0.0000015BNB"
// Date is UTC without an offset; Pair is Binance's spelling; Price may carry thousands separators;
// Executed, Amount and Fee end with their asset. The fills are matched per pair in time order: a BUY from
// flat opens a long trade, later BUYs add entry fills, SELLs are exit fills (FIFO), and the trade closes when
// the position is flat again. Fees in the quote asset are kept, fees in the base asset are valued at the
// fill price; fees in a third asset (BNB) cannot be valued from the file and count as 0 with a warning.
// A SELL with no position (coins bought before the export's range) is skipped with a warning.
class BinanceTradeReader
{
public:
    static TradeParseResult read(QIODevice &device);
};

} // namespace cl::portfolio
