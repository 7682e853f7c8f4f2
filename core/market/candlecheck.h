#pragma once

#include "model/candle.h"
#include "parsedframe.h"

#include <QString>

#include <optional>

namespace cl::market {

struct CandleProblem
{
    ParseErrorKind kind = ParseErrorKind::None;
    QString text;
};

// Checks one exchange candle before anything stores it: prices finite and positive, volume finite and not
// negative, low <= open/close <= high, open time from 2009 up to latestAllowedMs and aligned to the
// interval. alignOffsetMs shifts the grid (OKX's non-"utc" day candles start at 16:00 UTC, i.e. UTC+8);
// intervals longer than a day are not checked for alignment (week and 3-day origins differ per exchange).
std::optional<CandleProblem> checkCandle(const model::Candle &candle, qint64 intervalMs, qint64 alignOffsetMs,
                                         qint64 latestAllowedMs);

} // namespace cl::market
