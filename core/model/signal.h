#pragma once

#include "exchangeid.h"
#include "pattern.h"
#include "symbol.h"
#include "timeframe.h"

#include <QMetaType>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace cl::model {

// pending -> notified -> (filled | stopped | tp_hit | expired); filled -> stopped | tp_hit.
enum class SignalStatus : quint8 { Pending, Notified, Filled, Stopped, TpHit, Expired };

inline const char *signalStatusCode(SignalStatus status)
{
    constexpr std::array<const char *, 6> codes{"pending", "notified", "filled", "stopped", "tp_hit", "expired"};
    return codes[size_t(status)];
}

inline std::optional<SignalStatus> parseSignalStatus(QStringView text)
{
    for (int i = 0; i < 6; ++i) {
        if (text == QLatin1StringView(signalStatusCode(SignalStatus(i))))
            return SignalStatus(i);
    }
    return std::nullopt;
}

inline bool isFinal(SignalStatus status)
{
    return status == SignalStatus::Stopped || status == SignalStatus::TpHit || status == SignalStatus::Expired;
}

// A multi-timeframe confluence trade signal (spec/patterns.md "Signals").
struct Signal
{
    qint64 id = 0; // database row id once stored
    ExchangeId exchange = ExchangeId::Binance;
    Symbol symbol;
    Direction direction = Direction::Bullish;
    qint64 createdAt = 0; // UTC ms
    int score = 0;
    std::vector<Timeframe> alignedTimeframes; // ascending
    // The source pattern, by its natural key within the symbol (the row id may not be known yet).
    Timeframe sourceTimeframe;
    PatternType sourceType = PatternType::Fvg;
    qint64 sourceDetectedAt = 0;
    qint64 sourcePatternId = 0;
    double entry = 0.0;
    double stop = 0.0;
    double tp1 = 0.0;
    double tp2 = 0.0;
    double tp3 = 0.0;
    SignalStatus status = SignalStatus::Pending;
    qint64 statusAt = 0;

    QString alignedText() const
    {
        QString text;
        for (const Timeframe tf : alignedTimeframes) {
            if (!text.isEmpty())
                text += QLatin1Char(',');
            text += tf.toString();
        }
        return text;
    }
};

using SignalList = std::vector<Signal>;

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::Signal)
Q_DECLARE_METATYPE(cl::model::SignalList)
