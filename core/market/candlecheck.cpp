#include "candlecheck.h"

#include "feedvalues.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cl::market {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool positive(double value)
{
    return std::isfinite(value) && value > 0.0;
}

} // namespace

std::optional<CandleProblem> checkCandle(const model::Candle &c, qint64 intervalMs, qint64 alignOffsetMs,
                                         qint64 latestAllowedMs)
{
    const struct
    {
        const char *name;
        double value;
    } prices[] = {{"open", c.open}, {"high", c.high}, {"low", c.low}, {"close", c.close}};
    for (const auto &p : prices) {
        if (!positive(p.value))
            return CandleProblem{ParseErrorKind::BadPrice,
                                 QStringLiteral("candle %1 %2 is not a positive number")
                                     .arg(QLatin1String(p.name), number(p.value))};
    }
    if (!std::isfinite(c.volume) || c.volume < 0.0)
        return CandleProblem{ParseErrorKind::BadSize,
                             QStringLiteral("candle volume %1 is negative or not finite").arg(number(c.volume))};
    if (c.high < std::max({c.open, c.close, c.low}) || c.low > std::min(c.open, c.close))
        return CandleProblem{ParseErrorKind::BadPrice,
                             QStringLiteral("candle OHLC %1/%2/%3/%4 is inconsistent (low <= open, close <= high)")
                                 .arg(number(c.open), number(c.high), number(c.low), number(c.close))};
    if (c.openTime < kEarliestMarketTimeMs)
        return CandleProblem{ParseErrorKind::BadTimestamp,
                             QStringLiteral("candle open time %1 is before 2009").arg(c.openTime)};
    if (c.openTime > latestAllowedMs)
        return CandleProblem{ParseErrorKind::BadTimestamp,
                             QStringLiteral("candle open time %1 (%2) is in the future")
                                 .arg(c.openTime)
                                 .arg(formatUtcSeconds(c.openTime))};
    if (intervalMs > 0 && intervalMs <= kDayMs && (c.openTime + alignOffsetMs) % intervalMs != 0)
        return CandleProblem{ParseErrorKind::BadTimestamp,
                             QStringLiteral("candle open time %1 is not aligned to its %2 s interval")
                                 .arg(c.openTime)
                                 .arg(intervalMs / 1000)};
    return std::nullopt;
}

} // namespace cl::market
