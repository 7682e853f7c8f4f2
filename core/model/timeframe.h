#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace cl::model {

// A candle interval of spec/cli.md. Buckets are aligned in UTC; weeks start Monday 00:00 UTC.
class Timeframe
{
public:
    enum Id : quint8 { M1, M3, M5, M15, M30, H1, H2, H4, H6, H12, D1, W1 };
    static constexpr int Count = 12;

    constexpr Timeframe() = default;
    constexpr Timeframe(Id id) : m_id(id) {}

    static std::optional<Timeframe> parse(QStringView text);
    static const std::array<Timeframe, Count> &all();

    constexpr Id id() const { return m_id; }
    constexpr int index() const { return int(m_id); }
    QString toString() const;
    qint64 durationMs() const { return durationMs(m_id); }
    int minutes() const { return int(durationMs() / 60'000); }
    static std::optional<Timeframe> fromMinutes(qint64 minutes);
    static constexpr qint64 durationMs(Id id)
    {
        constexpr qint64 minute = 60'000;
        constexpr std::array<qint64, Count> minutes{1, 3, 5, 15, 30, 60, 120, 240, 360, 720, 1440, 10080};
        return minutes[id] * minute;
    }

    // Start of the bucket holding tsMs (floor division, also correct before 1970).
    qint64 bucketStart(qint64 tsMs) const;
    bool isAligned(qint64 tsMs) const { return bucketStart(tsMs) == tsMs; }

    friend constexpr bool operator==(Timeframe a, Timeframe b) { return a.m_id == b.m_id; }
    friend constexpr auto operator<=>(Timeframe a, Timeframe b) { return a.m_id <=> b.m_id; }

private:
    Id m_id = M1;
};

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::Timeframe)
