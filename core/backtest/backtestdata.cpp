#include "backtestdata.h"

#include <algorithm>
#include <limits>

namespace cl::backtest {

namespace {

model::CandleSeries sliceSeries(const model::CandleSeries &series, qint64 from, qint64 to)
{
    const auto first = std::lower_bound(series.begin(), series.end(), from,
        [](const model::Candle &c, qint64 t) { return c.openTime < t; });
    const auto last = std::upper_bound(
        first, series.end(), to, [](qint64 t, const model::Candle &c) { return t < c.openTime; });
    return model::CandleSeries(first, last);
}

} // namespace

BacktestData BacktestData::slice(qint64 from, qint64 to) const
{
    BacktestData out;
    out.exchange = exchange;
    out.symbol = symbol;
    out.timeframe = timeframe;
    out.candles = sliceSeries(candles, from, to);
    // The 1m candles inside the last traded candle belong to it.
    out.minutes = sliceSeries(minutes, from, to == std::numeric_limits<qint64>::max() ? to : to + timeframe.durationMs() - 1);
    for (const auto &[index, series] : others)
        out.others[index] = sliceSeries(series, from, to);
    return out;
}

} // namespace cl::backtest
