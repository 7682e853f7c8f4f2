#pragma once

#include "model/exchangeid.h"
#include "model/pattern.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace cl::alerts {

// The rule types of issue 6; the codes are what alert_rules.type and `alerts add --type` use.
enum class AlertType : quint8 {
    PriceAbove,       // the price crosses above a level
    PriceBelow,       // the price crosses below a level
    PctChange,        // the price moved by >= pct (or <= a negative pct) over a window
    VolumeSpike,      // a closed candle's volume against its SMA (ratio) or its z-score
    RsiAbove,         // RSI of closed candles at or above a level
    RsiBelow,         // RSI of closed candles at or below a level
    Pattern,          // a new pattern (type, direction, timeframe filters)
    PatternZone,      // a pattern zone touched (fill > 0) or filled
    Signal,           // a confluence signal with score >= N
    FeedDisconnected, // an exchange feed not live for more than N seconds
};
constexpr int kAlertTypeCount = 10;

QString alertTypeCode(AlertType type);
std::optional<AlertType> parseAlertType(QStringView text);
// True for the types evaluated on candles of a timeframe (volume spike, RSI, pattern filters).
bool usesTimeframe(AlertType type);
// "HH:MM-HH:MM" (UTC) as minutes of the day; nothing when malformed.
std::optional<std::pair<int, int>> parseActiveHours(QStringView text);

// One (exchange, symbol) of a rule's scope.
struct SymbolRef
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;

    QString key() const { return model::exchangeIdToString(exchange) + QLatin1Char(':') + symbol.toString(); }
    friend bool operator==(const SymbolRef &, const SymbolRef &) = default;
};
using SymbolRefList = std::vector<SymbolRef>;

// Which symbols a rule watches: listed ones, and/or every symbol of a named watchlist.
struct AlertScope
{
    SymbolRefList symbols;
    QString watchlist;                    // empty: none
    std::optional<model::Timeframe> timeframe; // where the type uses one; default 1m
    // Feed rules: the exchanges watched (empty: the exchanges of `symbols`, or every exchange).
    std::vector<model::ExchangeId> exchanges;
};

enum class VolumeMode : quint8 { Ratio, ZScore };
enum class ZoneEvent : quint8 { Touched, Filled };

// The parameters; each type reads the ones it needs (alertrule.cpp, validate()).
struct AlertParams
{
    double level = 0.0;           // price_above/below, rsi_above/below
    double pct = 0.0;             // pct_change: >= pct when positive, <= pct when negative
    qint64 windowMs = 0;          // pct_change window
    VolumeMode volumeMode = VolumeMode::Ratio;
    double threshold = 0.0;       // volume_spike: ratio or z-score at or above which it fires
    int period = 0;               // volume SMA / RSI period (0: 20 / 14)
    std::optional<model::PatternType> patternType;
    std::optional<model::Direction> direction; // pattern, pattern_zone, signal
    ZoneEvent zoneEvent = ZoneEvent::Touched;
    int minScore = 0;             // signal: confluence score >= N
    qint64 disconnectedMs = 0;    // feed_disconnected: not live for more than this
};

// How a rule behaves after it fired and when it may fire.
struct AlertOptions
{
    bool rearm = false;        // false: one-shot (the rule is finished after its first firing)
    qint64 cooldownMs = 0;     // re-arming rules: no firing for the same symbol within this after one
    int activeFromMinute = -1; // active hours as UTC minutes of the day [from, to); -1: always.
    int activeToMinute = -1;   // from > to wraps midnight (22:00-06:00).
    QString sound;             // empty: silent; "beep" or a sound name the UI knows
    QStringList channels;      // push channels by name (ntfy, webhook ...); toast/tray always
};

struct AlertRule
{
    qint64 id = 0; // database row id, 0 before stored
    QString name;
    AlertType type = AlertType::PriceAbove;
    AlertScope scope;
    AlertParams params;
    AlertOptions options;
    qint64 expiresAt = 0; // UTC ms; 0: never
    bool enabled = true;
    qint64 createdAt = 0;

    model::Timeframe timeframe() const { return scope.timeframe.value_or(model::Timeframe::M1); }
    int period() const;
    // Why the rule cannot be evaluated (empty when it can), naming the field.
    QString validate() const;
    bool isActiveAt(qint64 nowMs) const;
    bool isExpiredAt(qint64 nowMs) const { return expiresAt > 0 && nowMs >= expiresAt; }
    // A one-line human description ("price above 65000 on binance BTC/USDT").
    QString describe() const;

    // The JSON columns of alert_rules.
    QJsonObject scopeJson() const;
    QJsonObject paramsJson() const;
    QJsonObject optionsJson() const;
    // Reads them back; false with *error naming the column and field when one is malformed.
    bool readJson(const QJsonObject &scope, const QJsonObject &params, const QJsonObject &options, QString *error);
};

using AlertRuleList = std::vector<AlertRule>;

} // namespace cl::alerts

Q_DECLARE_METATYPE(cl::alerts::AlertRule)
Q_DECLARE_METATYPE(cl::alerts::AlertRuleList)
Q_DECLARE_METATYPE(cl::alerts::SymbolRefList)
