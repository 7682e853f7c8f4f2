#include "timeframe.h"

namespace cl::model {

namespace {

constexpr std::array<const char *, Timeframe::Count> kCodes{"1m", "3m", "5m", "15m", "30m", "1h",
                                                              "2h", "4h", "6h", "12h", "1d", "1w"};

// 1970-01-01 was a Thursday; the first Monday 00:00 UTC is four days later.
constexpr qint64 kFirstMondayMs = 4 * 86'400'000LL;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

std::optional<Timeframe> Timeframe::parse(QStringView text)
{
    for (int i = 0; i < Count; ++i) {
        if (text == QLatin1StringView(kCodes[i]))
            return Timeframe(Id(i));
    }
    return std::nullopt;
}

std::optional<Timeframe> Timeframe::fromMinutes(qint64 minutes)
{
    for (Timeframe tf : all()) {
        if (tf.minutes() == minutes)
            return tf;
    }
    return std::nullopt;
}

const std::array<Timeframe, Timeframe::Count> &Timeframe::all()
{
    static const std::array<Timeframe, Count> timeframes{M1, M3, M5, M15, M30, H1, H2, H4, H6, H12, D1, W1};
    return timeframes;
}

QString Timeframe::toString() const
{
    return QString::fromLatin1(kCodes[m_id]);
}

qint64 Timeframe::bucketStart(qint64 tsMs) const
{
    const qint64 length = durationMs();
    const qint64 origin = m_id == W1 ? kFirstMondayMs : 0;
    return floorDiv(tsMs - origin, length) * length + origin;
}

} // namespace cl::model
