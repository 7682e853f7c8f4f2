#include "tradingsession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cl::candles {

TradingSession::TradingSession(QTimeZone zone, std::array<std::optional<Hours>, 7> weekdays, QSet<QDate> holidays)
    : m_alwaysOpen(false), m_zone(std::move(zone)), m_weekdays(weekdays), m_holidays(std::move(holidays))
{
}

std::optional<TradingSession::Interval> TradingSession::sessionOn(QDate localDate) const
{
    if (m_holidays.contains(localDate))
        return std::nullopt;
    const std::optional<Hours> &hours = m_weekdays[size_t(localDate.dayOfWeek() - 1)];
    if (!hours || hours->closeMinute <= hours->openMinute)
        return std::nullopt;
    // Local wall times through the zone, so a DST change moves the UTC open and close.
    const auto at = [&](int minute) {
        if (minute >= 1440)
            return QDateTime(localDate.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
        return QDateTime(localDate, QTime(minute / 60, minute % 60), m_zone).toMSecsSinceEpoch();
    };
    return Interval{at(hours->openMinute), at(hours->closeMinute)};
}

std::optional<TradingSession::Interval> TradingSession::sessionAt(qint64 tsMs) const
{
    if (m_alwaysOpen)
        return std::nullopt;
    const QDate local = QDateTime::fromMSecsSinceEpoch(tsMs, m_zone).date();
    const std::optional<Interval> session = sessionOn(local);
    if (session && session->startMs <= tsMs && tsMs < session->endMs)
        return session;
    return std::nullopt;
}

std::optional<TradingSession::Interval> TradingSession::barAt(model::Timeframe timeframe, qint64 tsMs) const
{
    if (m_alwaysOpen) {
        const qint64 start = timeframe.bucketStart(tsMs);
        return Interval{start, start + timeframe.durationMs()};
    }
    const std::optional<Interval> session = sessionAt(tsMs);
    if (!session)
        return std::nullopt;
    if (timeframe == model::Timeframe::D1)
        return session;
    if (timeframe == model::Timeframe::W1) {
        const QDate local = QDateTime::fromMSecsSinceEpoch(tsMs, m_zone).date();
        const QDate monday = local.addDays(1 - local.dayOfWeek());
        std::optional<Interval> week;
        for (int day = 0; day < 7; ++day) {
            if (const std::optional<Interval> s = sessionOn(monday.addDays(day))) {
                if (!week)
                    week = s;
                week->endMs = s->endMs;
            }
        }
        return week;
    }
    const qint64 duration = timeframe.durationMs();
    const qint64 start = session->startMs + (tsMs - session->startMs) / duration * duration;
    return Interval{start, std::min(start + duration, session->endMs)};
}

std::optional<TradingSession::Interval> TradingSession::nextSession(qint64 tsMs) const
{
    if (m_alwaysOpen)
        return std::nullopt;
    const QDate local = QDateTime::fromMSecsSinceEpoch(tsMs, m_zone).date();
    for (int day = 0; day <= 366; ++day) {
        const std::optional<Interval> s = sessionOn(local.addDays(day));
        if (s && s->startMs >= tsMs)
            return s;
    }
    return std::nullopt;
}

namespace {
constexpr std::array<const char *, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// "HH:MM" -> minutes after midnight (00:00 .. 24:00), -1 when malformed.
int parseClock(const QString &text)
{
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return -1;
    bool okH = false;
    bool okM = false;
    const int h = QStringView(text).left(2).toInt(&okH);
    const int m = QStringView(text).mid(3).toInt(&okM);
    if (!okH || !okM || !text.at(0).isDigit() || !text.at(3).isDigit() || h < 0 || h > 24 || m < 0 || m > 59
        || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<TradingSession> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}
} // namespace

std::optional<TradingSession> TradingSession::fromJson(const QByteArray &json, QString *error)
{
    if (json.trimmed().isEmpty() || json.trimmed() == "null")
        return TradingSession();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(error, QStringLiteral("session: not a JSON object (%1 at offset %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("timeZone") && it.key() != QLatin1String("hours")
            && it.key() != QLatin1String("holidays"))
            return fail(error, QStringLiteral("session: unknown field \"%1\"").arg(it.key()));
    }
    const QByteArray zoneId = root.value(QLatin1String("timeZone")).toString().toUtf8();
    const QTimeZone zone(zoneId);
    if (zoneId.isEmpty() || !zone.isValid())
        return fail(error, QStringLiteral("session.timeZone: unknown time zone \"%1\"").arg(QString::fromUtf8(zoneId)));
    if (!root.value(QLatin1String("hours")).isObject())
        return fail(error, QStringLiteral("session.hours: missing or not an object"));
    const QJsonObject hours = root.value(QLatin1String("hours")).toObject();
    std::array<std::optional<Hours>, 7> days{};
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const auto key = std::find_if(kDayKeys.begin(), kDayKeys.end(),
                                      [&](const char *day) { return it.key() == QLatin1String(day); });
        if (key == kDayKeys.end())
            return fail(error, QStringLiteral("session.hours: unknown day \"%1\" (mon .. sun)").arg(it.key()));
        if (it.value().isNull())
            continue;
        const QStringList parts = it.value().toString().split(QLatin1Char('-'));
        const int open = parts.size() == 2 ? parseClock(parts[0]) : -1;
        const int close = parts.size() == 2 ? parseClock(parts[1]) : -1;
        if (open < 0 || close < 0 || close <= open || open >= 1440)
            return fail(error, QStringLiteral("session.hours.%1: \"%2\" is not HH:MM-HH:MM with the close after the open")
                                   .arg(it.key(), it.value().toString()));
        days[size_t(key - kDayKeys.begin())] = Hours{open, close};
    }
    QSet<QDate> holidays;
    const QJsonValue holidayValue = root.value(QLatin1String("holidays"));
    if (!holidayValue.isUndefined() && !holidayValue.isArray())
        return fail(error, QStringLiteral("session.holidays: not an array"));
    const QJsonArray holidayList = holidayValue.toArray();
    for (qsizetype i = 0; i < holidayList.size(); ++i) {
        const QDate date = QDate::fromString(holidayList.at(i).toString(), Qt::ISODate);
        if (!date.isValid())
            return fail(error, QStringLiteral("session.holidays[%1]: not a YYYY-MM-DD date").arg(i));
        holidays.insert(date);
    }
    return TradingSession(zone, days, holidays);
}

QByteArray TradingSession::toJson() const
{
    if (m_alwaysOpen)
        return {};
    QJsonObject hours;
    for (size_t d = 0; d < m_weekdays.size(); ++d) {
        if (m_weekdays[d])
            hours.insert(QLatin1String(kDayKeys[d]),
                         QString(clockText(m_weekdays[d]->openMinute) + QLatin1Char('-') + clockText(m_weekdays[d]->closeMinute)));
    }
    QList<QDate> dates(m_holidays.begin(), m_holidays.end());
    std::sort(dates.begin(), dates.end());
    QJsonArray holidays;
    for (const QDate &date : dates)
        holidays.append(date.toString(Qt::ISODate));
    QJsonObject root;
    root.insert(QLatin1String("timeZone"), QString::fromUtf8(m_zone.id()));
    root.insert(QLatin1String("hours"), hours);
    root.insert(QLatin1String("holidays"), holidays);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace cl::candles
