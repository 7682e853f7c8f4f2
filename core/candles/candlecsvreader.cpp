#include "candlecsvreader.h"

#include <QIODevice>
#include <QLocale>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace cl::candles {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;
// A candle row is under 200 bytes; anything past this is not a candle row and is not buffered whole.
constexpr qsizetype kMaxLineBytes = 1 << 16;
constexpr std::string_view kHeader = "timestamp,open,high,low,close,volume";
constexpr std::array<const char *, 5> kValueNames{"open", "high", "low", "close", "volume"};

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

QString quoted(std::string_view s)
{
    constexpr size_t kShown = 40;
    QString text = QString::fromUtf8(s.data(), qsizetype(std::min(s.size(), kShown)));
    if (s.size() > kShown)
        text += QStringLiteral("...");
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(std::string_view s, size_t pos, size_t count, int *value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

bool parseIso(std::string_view s, qint64 *ms)
{
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, &year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, &month) || s[7] != '-'
        || !digits(s, 8, 2, &day) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, &hour) || s[13] != ':'
        || !digits(s, 14, 2, &minute) || s[16] != ':' || !digits(s, 17, 2, &second))
        return false;
    static constexpr std::array<int, 12> kMonthDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > kMonthDays[month - 1] || (month == 2 && day == 29 && !leap)
        || hour > 23 || minute > 59 || second > 59)
        return false;
    size_t pos = 19;
    qint64 millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    qint64 offsetMinutes = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, &om))
            return false;
        offsetMinutes = (s[pos] == '+' ? 1 : -1) * (oh * 60 + om);
        pos += 6;
    } else {
        return false; // no offset: refuse to guess a time zone
    }
    if (pos != s.size())
        return false;
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86'400 + hour * 3600 + minute * 60
        + second - offsetMinutes * 60;
    *ms = seconds * 1000 + millis;
    return true;
}

} // namespace

CandleCsvReader::CandleCsvReader(QIODevice &device, model::Timeframe timeframe)
    : m_device(device), m_timeframe(timeframe)
{
    m_buffer.resize(kChunkBytes * 2);
}

bool CandleCsvReader::parseTimestamp(std::string_view text, qint64 *ms)
{
    if (text.empty())
        return false;
    if (text.find_first_not_of("0123456789-") == std::string_view::npos) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *ms);
        return ec == std::errc() && end == text.data() + text.size();
    }
    return parseIso(text, ms);
}

bool CandleCsvReader::nextLine(std::string_view *line)
{
    bool overlong = false;
    while (true) {
        const char *start = m_buffer.constData() + m_begin;
        const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size_t(m_end - m_begin)));
        if (newline || (m_eof && m_begin < m_end)) {
            const qsizetype length = newline ? newline - start : m_end - m_begin;
            overlong = overlong || length > kMaxLineBytes;
            *line = std::string_view(start, size_t(length));
            m_begin += length + (newline ? 1 : 0);
            m_consumedBytes += length + (newline ? 1 : 0);
            ++m_line;
            if (overlong)
                *line = std::string_view("\x01", 1); // marker checked by next()
            else if (!line->empty() && line->back() == '\r')
                line->remove_suffix(1);
            return true;
        }
        if (m_eof)
            return false;
        if (m_end - m_begin > kMaxLineBytes) {
            // Drop the unterminated piece: the row is reported once its newline arrives.
            m_consumedBytes += m_end - m_begin;
            m_begin = m_end;
            overlong = true;
        }
        if (m_begin > 0) {
            std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
            m_end -= m_begin;
            m_begin = 0;
        }
        const qint64 n = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (n < 0) {
            m_readError = true;
            m_eof = true;
        } else if (n == 0) {
            m_eof = true;
        } else {
            m_end += n;
        }
    }
}

CandleCsvReader::Result CandleCsvReader::readHeader(CsvProblem *problem)
{
    std::string_view line;
    if (!nextLine(&line)) {
        *problem = {m_line, m_readError ? QStringLiteral("cannot read the file") : QStringLiteral("the file is empty")};
        return Result::Error;
    }
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0)
        line.remove_prefix(3); // UTF-8 byte order mark from spreadsheet exports
    if (trim(line) != kHeader) {
        *problem = {m_line, QStringLiteral("header must be '%1', found %2").arg(QLatin1String(kHeader.data()), quoted(line))};
        return Result::Error;
    }
    return Result::Row;
}

CandleCsvReader::Result CandleCsvReader::next(model::Candle *candle, CsvProblem *problem)
{
    std::string_view line;
    do {
        if (!nextLine(&line)) {
            if (m_readError) {
                *problem = {m_line, QStringLiteral("read error after line %1").arg(m_line)};
                return Result::Error;
            }
            return Result::End;
        }
    } while (trim(line).empty()); // blank lines (a trailing newline, an editor's empty last line) carry no row
    if (line == std::string_view("\x01", 1)) {
        *problem = {m_line, QStringLiteral("line is longer than %1 bytes").arg(kMaxLineBytes)};
        return Result::Invalid;
    }
    const QString reason = checkRow(line, candle);
    if (!reason.isEmpty()) {
        *problem = {m_line, reason};
        return Result::Invalid;
    }
    m_havePrevious = true;
    m_previousTime = candle->openTime;
    m_previousLine = m_line;
    return Result::Row;
}

QString CandleCsvReader::checkRow(std::string_view line, model::Candle *candle) const
{
    std::array<std::string_view, 6> fields;
    size_t count = 0;
    size_t start = 0;
    while (true) {
        const size_t comma = line.find(',', start);
        const std::string_view field = line.substr(start, comma == std::string_view::npos ? comma : comma - start);
        if (count < fields.size())
            fields[count] = trim(field);
        ++count;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    if (count != fields.size())
        return QStringLiteral("wrong column count: expected 6, found %1").arg(count);

    qint64 time = 0;
    if (!parseTimestamp(fields[0], &time))
        return QStringLiteral("invalid timestamp %1: expected UTC milliseconds or ISO-8601 like 2024-03-01T12:00:00Z")
            .arg(quoted(fields[0]));

    std::array<double, 5> values{};
    for (size_t i = 0; i < values.size(); ++i) {
        const std::string_view text = fields[i + 1];
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), values[i]);
        const char *name = kValueNames[i];
        if (text.empty() || end != text.data() + text.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
            return QStringLiteral("non-numeric %1 %2").arg(QLatin1String(name), quoted(text));
        if (std::isnan(values[i]))
            return QStringLiteral("%1 is NaN").arg(QLatin1String(name));
        if (std::isinf(values[i]) || ec == std::errc::result_out_of_range)
            return QStringLiteral("%1 %2 is infinite or out of range").arg(QLatin1String(name), quoted(text));
        if (values[i] < 0)
            return QStringLiteral("negative %1 %2").arg(QLatin1String(name), quoted(text));
        if (values[i] == 0 && i < 4)
            return QStringLiteral("%1 is zero: prices must be positive").arg(QLatin1String(name));
    }
    const auto [open, high, low, close, volume] = values;
    if (high < std::max(open, close))
        return QStringLiteral("high %1 is below max(open, close) %2").arg(high, 0, 'g', QLocale::FloatingPointShortest).arg(std::max(open, close), 0, 'g', QLocale::FloatingPointShortest);
    if (low > std::min(open, close))
        return QStringLiteral("low %1 is above min(open, close) %2").arg(low, 0, 'g', QLocale::FloatingPointShortest).arg(std::min(open, close), 0, 'g', QLocale::FloatingPointShortest);
    if (!m_timeframe.isAligned(time))
        return QStringLiteral("timestamp %1 is not aligned to %2 (bucket starts at %3)")
            .arg(time)
            .arg(m_timeframe.toString())
            .arg(m_timeframe.bucketStart(time));
    if (m_havePrevious && time == m_previousTime)
        return QStringLiteral("duplicate timestamp %1 (first on line %2)").arg(time).arg(m_previousLine);
    if (m_havePrevious && time < m_previousTime)
        return QStringLiteral("out-of-order timestamp %1: earlier than %2 on line %3")
            .arg(time)
            .arg(m_previousTime)
            .arg(m_previousLine);
    *candle = {time, open, high, low, close, volume};
    return {};
}

} // namespace cl::candles
