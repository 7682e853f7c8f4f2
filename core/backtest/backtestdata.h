#pragma once

#include "model/candle.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <map>

namespace cl::backtest {

// The stored history a backtest replays: the traded timeframe's closed candles, the 1m candles that advance
// statuses between them (may be empty), and for confluence signals the other matrix timeframes.
struct BacktestData
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    model::Timeframe timeframe;
    model::CandleSeries candles;
    model::CandleSeries minutes;
    std::map<int, model::CandleSeries> others; // Timeframe::index() -> candles (signals only)

    // The candles with from <= open_time <= to (every series), for walk-forward windows.
    BacktestData slice(qint64 from, qint64 to) const;
};

} // namespace cl::backtest
