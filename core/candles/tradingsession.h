#pragma once

#include "model/timeframe.h"

#include <QByteArray>
#include <QDate>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace cl::candles {

// When a symbol trades (stocks, futures); crypto trades around the clock and uses the default, which has no
// effect. Hours are local to the session's time zone (QTimeZone, so DST shifts the UTC times), one open/close
// per weekday, plus holidays (local dates) without a session. Rules (issue 3, Candles):
// - a trade or 1m candle outside the session is dropped (counted by the caller);
// - intraday bars start at the session open (a 1h bar of a 09:30 session opens at 09:30, 10:30, ...) and the last
//   bar of the day is cut at the close (15:30-16:00 for a 16:00 close);
// - a 1d bar is one session (open time = the session open); a 1w bar holds the sessions of one local
//   Monday-Sunday week, its open time is the first session open of that week.
class TradingSession
{
public:
    struct Hours
    {
        int openMinute = 0;     // minutes after local midnight
        int closeMinute = 1440; // exclusive; > openMinute (no sessions across midnight)
    };
    struct Interval
    {
        qint64 startMs = 0; // inclusive, UTC ms
        qint64 endMs = 0;   // exclusive
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    TradingSession() = default; // 24/7

    // weekdays[0] is Monday ... weekdays[6] Sunday; nullopt = closed that day.
    TradingSession(QTimeZone zone, std::array<std::optional<Hours>, 7> weekdays, QSet<QDate> holidays = {});

    static TradingSession alwaysOpen() { return {}; }
    bool isAlwaysOpen() const { return m_alwaysOpen; }

    // The session holding tsMs, if it is inside one.
    std::optional<Interval> sessionAt(qint64 tsMs) const;
    bool isOpen(qint64 tsMs) const { return m_alwaysOpen || sessionAt(tsMs).has_value(); }

    // The bar of `timeframe` holding tsMs (a time inside a session): start at the session-aligned boundary, end
    // cut at the close. With the 24/7 default this is the plain UTC bucket.
    std::optional<Interval> barAt(model::Timeframe timeframe, qint64 tsMs) const;

    // The first session starting at or after tsMs (searching up to a year ahead).
    std::optional<Interval> nextSession(qint64 tsMs) const;

    // The symbols.session column (migration 0001; NULL/empty = 24/7):
    //   {"timeZone":"America/New_York","hours":{"mon":"09:30-16:00",...,"sat":null},"holidays":["2024-12-25"]}
    // Days missing from "hours" or null are closed; "24:00" closes at midnight. Never throws: nothing with *error
    // naming the field when the text is not a valid session.
    static std::optional<TradingSession> fromJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const; // empty for 24/7

private:
    std::optional<Interval> sessionOn(QDate localDate) const;

    bool m_alwaysOpen = true;
    QTimeZone m_zone;
    std::array<std::optional<Hours>, 7> m_weekdays{};
    QSet<QDate> m_holidays;
};

} // namespace cl::candles
