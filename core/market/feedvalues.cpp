#include "feedvalues.h"

#include <charconv>
#include <cmath>

namespace cl::market {

namespace {

bool twoDigits(std::string_view text, size_t at, unsigned &out)
{
    if (at + 2 > text.size())
        return false;
    const char a = text[at];
    const char b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return false;
    out = unsigned(a - '0') * 10 + unsigned(b - '0');
    return true;
}

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned daysInMonth(qint64 year, unsigned month)
{
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

} // namespace

std::optional<double> parseDecimal(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    qint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

std::optional<qint64> parseRfc3339Ms(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    if (text[10] != 'T' && text[10] != 't')
        return std::nullopt;
    unsigned century = 0, yy = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!twoDigits(text, 0, century) || !twoDigits(text, 2, yy) || !twoDigits(text, 5, month)
        || !twoDigits(text, 8, day) || !twoDigits(text, 11, hour) || !twoDigits(text, 14, minute)
        || !twoDigits(text, 17, second))
        return std::nullopt;
    const qint64 year = qint64(century) * 100 + yy;
    // Second 60 is RFC 3339's leap second; it rolls into the next minute like the exchanges do.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60)
        return std::nullopt;

    size_t pos = 19;
    qint64 millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const size_t first = pos;
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
        for (; digits < 3; ++digits)
            millis *= 10;
    }
    if (pos >= text.size())
        return std::nullopt;
    qint64 offsetMinutes = 0;
    const char zone = text[pos];
    if (zone == 'Z' || zone == 'z') {
        ++pos;
    } else if (zone == '+' || zone == '-') {
        unsigned oh = 0, om = 0;
        if (pos + 6 != text.size() || !twoDigits(text, pos + 1, oh) || text[pos + 3] != ':'
            || !twoDigits(text, pos + 4, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (zone == '+' ? 1 : -1) * qint64(oh * 60 + om);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 seconds = days * 86400 + qint64(hour) * 3600 + qint64(minute) * 60 + second - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

QString formatUtcSeconds(qint64 ms)
{
    const qint64 totalSeconds = floorDiv(ms, 1000);
    const qint64 days = floorDiv(totalSeconds, 86400);
    const qint64 secondOfDay = totalSeconds - days * 86400;
    // civil_from_days (H. Hinnant)
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay % 60, 2, 10, QLatin1Char('0'));
}

void assignLatin1(QString &target, std::string_view text)
{
    const qsizetype n = qsizetype(text.size());
    if (target.size() == n) {
        const QChar *existing = target.constData();
        qsizetype i = 0;
        while (i < n && existing[i].unicode() == static_cast<unsigned char>(text[size_t(i)]))
            ++i;
        if (i == n)
            return;
    }
    // resize() keeps the capacity of a detached string, so after the first frames this never allocates.
    target.resize(n);
    QChar *out = target.data();
    for (qsizetype i = 0; i < n; ++i)
        out[i] = QLatin1Char(text[size_t(i)]);
}

bool isPlausibleId(std::string_view text)
{
    if (text.empty() || text.size() > 64)
        return false;
    for (char c : text) {
        if (c <= ' ' || c > '~' || c == '"' || c == '\\')
            return false;
    }
    return true;
}

bool isAllDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QString excerpt(std::string_view text, qsizetype maxChars)
{
    const bool cut = qsizetype(text.size()) > maxChars;
    QString shown = QString::fromUtf8(text.data(), cut ? maxChars : qsizetype(text.size()));
    if (cut)
        shown += QStringLiteral("...(%1 bytes)").arg(text.size());
    return shown;
}

} // namespace cl::market
