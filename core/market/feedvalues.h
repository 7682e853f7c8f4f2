#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string_view>

// Conversions shared by the exchange adapters. They work on the raw text of a JSON token so that
// prices and sizes are read from their decimal text (never through another parser's double) and
// big integers (ids, nanosecond times) never pass through a double either.
namespace cl::market {

// 2009-01-01T00:00:00Z: nothing any exchange sends can be older (Bitcoin's genesis block).
constexpr qint64 kEarliestMarketTimeMs = 1'230'768'000'000LL;
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 86'400'000;

// A finite decimal number ("61234.56000000", "1e-8"); the whole text must be consumed.
// NaN, inf, out-of-range, empty, leading '+' or spaces give nothing.
std::optional<double> parseDecimal(std::string_view text);

// A signed integer in base 10; the whole text must be consumed and it must fit in qint64.
std::optional<qint64> parseInteger(std::string_view text);

// RFC 3339 / ISO 8601 UTC instant ("2024-03-01T12:00:01.234000Z", nanosecond fractions, "+02:00"
// offsets) to UTC milliseconds, fraction truncated towards the past. Independent of the machine's zone.
std::optional<qint64> parseRfc3339Ms(std::string_view text);

// Whole-unit conversions that round towards the past (floor), also for negative inputs.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
constexpr qint64 nanosToMs(qint64 ns) { return floorDiv(ns, 1'000'000); }

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day);

// Formats UTC milliseconds as "2024-03-01T12:00:00Z" (seconds precision, for REST query strings).
QString formatUtcSeconds(qint64 ms);

// Overwrites target with Latin-1/ASCII text, reusing target's buffer when it is not shared: the trade
// path keeps its QString ids allocated across frames instead of allocating one per trade.
void assignLatin1(QString &target, std::string_view text);

// Ids the exchanges send: 1..64 printable ASCII characters without quotes or backslashes.
bool isPlausibleId(std::string_view text);
bool isAllDigits(std::string_view text);

// Text shortened for an error message (a 10 MB value must not end up in a log line).
QString excerpt(std::string_view text, qsizetype maxChars = 40);

} // namespace cl::market
