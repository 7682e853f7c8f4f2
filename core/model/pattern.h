#pragma once

#include "timeframe.h"

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace cl::model {

// The three Smart-Money-Concepts patterns of spec/patterns.md, in the order the detectors run
// (and the order `analyze` sorts patterns of the same candle).
enum class PatternType : quint8 { Fvg, OrderBlock, LiquiditySweep };
constexpr int kPatternTypeCount = 3;

enum class Direction : quint8 { Bullish, Bearish };

// active is the only status that changes; the other three are final.
enum class PatternStatus : quint8 { Active, Filled, Invalidated, Expired };

inline const char *patternTypeCode(PatternType type)
{
    constexpr std::array<const char *, kPatternTypeCount> codes{"fvg", "order_block", "liquidity_sweep"};
    return codes[size_t(type)];
}

// The short label of the matrix and the chart.
inline const char *patternTypeLabel(PatternType type)
{
    constexpr std::array<const char *, kPatternTypeCount> labels{"FVG", "OB", "LS"};
    return labels[size_t(type)];
}

inline const char *directionCode(Direction direction)
{
    return direction == Direction::Bullish ? "bullish" : "bearish";
}

inline const char *patternStatusCode(PatternStatus status)
{
    constexpr std::array<const char *, 4> codes{"active", "filled", "invalidated", "expired"};
    return codes[size_t(status)];
}

inline std::optional<PatternType> parsePatternType(QStringView text)
{
    for (int i = 0; i < kPatternTypeCount; ++i) {
        if (text == QLatin1StringView(patternTypeCode(PatternType(i))))
            return PatternType(i);
    }
    return std::nullopt;
}

inline std::optional<Direction> parseDirection(QStringView text)
{
    if (text == QLatin1StringView("bullish"))
        return Direction::Bullish;
    if (text == QLatin1StringView("bearish"))
        return Direction::Bearish;
    return std::nullopt;
}

inline std::optional<PatternStatus> parsePatternStatus(QStringView text)
{
    for (int i = 0; i < 4; ++i) {
        if (text == QLatin1StringView(patternStatusCode(PatternStatus(i))))
            return PatternStatus(i);
    }
    return std::nullopt;
}

// Entry, stop and targets of spec/patterns.md "Per-pattern trading levels", fixed at detection.
struct TradingLevels
{
    double entry = 0.0;
    double stop = 0.0;
    double tp1 = 0.0;
    double tp2 = 0.0;
    double tp3 = 0.0;
    double rr1 = 0.0; // |tp - entry| / R rounded to 2 decimals, 0 when R <= 0
    double rr2 = 0.0;
    double rr3 = 0.0;
    double atr = 0.0; // the ATR(14) used for the buffer (0 inside its lookback)

    friend bool operator==(const TradingLevels &, const TradingLevels &) = default;
};

// One detected zone of one symbol and timeframe. The symbol is known by whoever holds the pattern
// (an engine runs one series; repositories key by symbol id), so the hot loop carries no strings.
struct Pattern
{
    PatternType type = PatternType::Fvg;
    Direction direction = Direction::Bullish;
    PatternStatus status = PatternStatus::Active;
    Timeframe timeframe;
    qint64 detectedAt = 0; // open time of the detection candle, UTC ms
    double zoneLow = 0.0;
    double zoneHigh = 0.0;
    double fillPct = 0.0;
    qint64 statusAt = 0; // close time of the candle that last changed the status (detection: its own close)
    TradingLevels levels;
    // Lowest low (bullish) or highest high (bearish) seen since detection; NaN until the first later candle.
    double extreme = std::numeric_limits<double>::quiet_NaN();
    qint64 id = 0; // database row id once stored, 0 before

    bool isActive() const { return status == PatternStatus::Active; }
    double size() const { return zoneHigh - zoneLow; }
};

using PatternList = std::vector<Pattern>;

// A pattern by its natural key within a symbol: the patterns table is UNIQUE (symbol_id, timeframe, type,
// detected_at). Views name patterns this way because the analysis publishes them before the writer has
// stored them, so a live pattern has no row id yet. Null (detectedAt 0) names none.
struct PatternKey
{
    Timeframe timeframe;
    PatternType type = PatternType::Fvg;
    qint64 detectedAt = 0;

    static PatternKey of(const Pattern &pattern) { return {pattern.timeframe, pattern.type, pattern.detectedAt}; }
    bool isNull() const { return detectedAt == 0; }
    bool matches(const Pattern &pattern) const
    {
        return !isNull() && pattern.detectedAt == detectedAt && pattern.type == type && pattern.timeframe == timeframe;
    }
    friend bool operator==(const PatternKey &, const PatternKey &) = default;
};

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::Pattern)
Q_DECLARE_METATYPE(cl::model::PatternList)
Q_DECLARE_METATYPE(cl::model::PatternKey)
