#include "alertrule.h"

#include <QJsonArray>

#include <array>
#include <cmath>

namespace cl::alerts {

namespace {

constexpr std::array<const char *, kAlertTypeCount> kTypeCodes{"price_above", "price_below", "pct_change",
    "volume_spike", "rsi_above", "rsi_below", "pattern", "pattern_zone", "signal", "feed_disconnected"};

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool validMinute(int minute) { return minute >= 0 && minute < 24 * 60; }

} // namespace

QString alertTypeCode(AlertType type) { return QLatin1String(kTypeCodes[size_t(type)]); }

std::optional<AlertType> parseAlertType(QStringView text)
{
    for (int i = 0; i < kAlertTypeCount; ++i) {
        if (text == QLatin1StringView(kTypeCodes[size_t(i)]))
            return AlertType(i);
    }
    return std::nullopt;
}

bool usesTimeframe(AlertType type)
{
    return type == AlertType::VolumeSpike || type == AlertType::RsiAbove || type == AlertType::RsiBelow
        || type == AlertType::Pattern || type == AlertType::PatternZone;
}

int AlertRule::period() const
{
    if (params.period > 0)
        return params.period;
    return type == AlertType::VolumeSpike ? 20 : 14;
}

QString AlertRule::validate() const
{
    const bool feed = type == AlertType::FeedDisconnected;
    if (!feed && scope.symbols.empty() && scope.watchlist.isEmpty())
        return QStringLiteral("scope: no symbol and no watchlist");
    const bool finite = std::isfinite(params.level) && std::isfinite(params.pct) && std::isfinite(params.threshold);
    if (!finite)
        return QStringLiteral("params: a number is NaN or infinite");
    switch (type) {
    case AlertType::PriceAbove:
    case AlertType::PriceBelow:
        if (params.level <= 0)
            return QStringLiteral("params.level: a price level > 0 is required");
        break;
    case AlertType::PctChange:
        if (params.pct == 0)
            return QStringLiteral("params.pct: a non-zero percentage is required");
        if (params.windowMs <= 0)
            return QStringLiteral("params.window_ms: a window > 0 is required");
        break;
    case AlertType::VolumeSpike:
        if (params.threshold <= 0)
            return QStringLiteral("params.threshold: a ratio or z-score > 0 is required");
        break;
    case AlertType::RsiAbove:
    case AlertType::RsiBelow:
        if (params.level <= 0 || params.level >= 100)
            return QStringLiteral("params.level: an RSI level in (0, 100) is required");
        break;
    case AlertType::Signal:
        if (params.minScore < 1)
            return QStringLiteral("params.min_score: a confluence score >= 1 is required");
        break;
    case AlertType::FeedDisconnected:
        if (params.disconnectedMs <= 0)
            return QStringLiteral("params.disconnected_ms: a duration > 0 is required");
        break;
    case AlertType::Pattern:
    case AlertType::PatternZone:
        break;
    }
    if (params.period < 0 || params.period > 1000)
        return QStringLiteral("params.period: 0..1000");
    if (options.cooldownMs < 0)
        return QStringLiteral("options.cooldown_ms: negative");
    const bool hoursSet = options.activeFromMinute >= 0 || options.activeToMinute >= 0;
    if (hoursSet && (!validMinute(options.activeFromMinute) || !validMinute(options.activeToMinute)))
        return QStringLiteral("options.active_hours: both ends in 00:00..23:59 are required");
    return {};
}

bool AlertRule::isActiveAt(qint64 nowMs) const
{
    if (options.activeFromMinute < 0 || options.activeToMinute < 0 || options.activeFromMinute == options.activeToMinute)
        return true;
    constexpr qint64 day = 24 * 60 * 60'000LL;
    const int minute = int((((nowMs % day) + day) % day) / 60'000);
    const int from = options.activeFromMinute;
    const int to = options.activeToMinute;
    return from < to ? (minute >= from && minute < to) : (minute >= from || minute < to);
}

QString AlertRule::describe() const
{
    QString what;
    switch (type) {
    case AlertType::PriceAbove: what = QStringLiteral("price crosses above %1").arg(params.level, 0, 'g', 12); break;
    case AlertType::PriceBelow: what = QStringLiteral("price crosses below %1").arg(params.level, 0, 'g', 12); break;
    case AlertType::PctChange:
        what = QStringLiteral("change %1% over %2 s").arg(params.pct, 0, 'g', 6).arg(params.windowMs / 1000);
        break;
    case AlertType::VolumeSpike:
        what = QStringLiteral("volume %1 >= %2")
                   .arg(params.volumeMode == VolumeMode::Ratio ? QStringLiteral("ratio") : QStringLiteral("z-score"))
                   .arg(params.threshold, 0, 'g', 6);
        break;
    case AlertType::RsiAbove: what = QStringLiteral("RSI >= %1").arg(params.level, 0, 'g', 6); break;
    case AlertType::RsiBelow: what = QStringLiteral("RSI <= %1").arg(params.level, 0, 'g', 6); break;
    case AlertType::Pattern: what = QStringLiteral("new pattern"); break;
    case AlertType::PatternZone:
        what = params.zoneEvent == ZoneEvent::Filled ? QStringLiteral("zone filled") : QStringLiteral("zone touched");
        break;
    case AlertType::Signal: what = QStringLiteral("signal score >= %1").arg(params.minScore); break;
    case AlertType::FeedDisconnected:
        what = QStringLiteral("feed down > %1 s").arg(params.disconnectedMs / 1000);
        break;
    }
    QStringList where;
    for (const SymbolRef &ref : scope.symbols)
        where << ref.key();
    if (!scope.watchlist.isEmpty())
        where << QStringLiteral("watchlist ") + scope.watchlist;
    if (usesTimeframe(type))
        what += QStringLiteral(" (") + timeframe().toString() + QLatin1Char(')');
    return where.isEmpty() ? what : what + QStringLiteral(" on ") + where.join(QStringLiteral(", "));
}

QJsonObject AlertRule::scopeJson() const
{
    QJsonArray symbols;
    for (const SymbolRef &ref : scope.symbols)
        symbols.append(ref.key());
    QJsonObject json{{QStringLiteral("symbols"), symbols}};
    if (!scope.watchlist.isEmpty())
        json.insert(QStringLiteral("watchlist"), scope.watchlist);
    if (scope.timeframe)
        json.insert(QStringLiteral("timeframe"), scope.timeframe->toString());
    if (!scope.exchanges.empty()) {
        QJsonArray exchanges;
        for (const model::ExchangeId id : scope.exchanges)
            exchanges.append(model::exchangeIdToString(id));
        json.insert(QStringLiteral("exchanges"), exchanges);
    }
    return json;
}

QJsonObject AlertRule::paramsJson() const
{
    QJsonObject json;
    switch (type) {
    case AlertType::PriceAbove:
    case AlertType::PriceBelow:
    case AlertType::RsiAbove:
    case AlertType::RsiBelow:
        json.insert(QStringLiteral("level"), params.level);
        break;
    case AlertType::PctChange:
        json.insert(QStringLiteral("pct"), params.pct);
        json.insert(QStringLiteral("window_ms"), params.windowMs);
        break;
    case AlertType::VolumeSpike:
        json.insert(QStringLiteral("mode"),
            params.volumeMode == VolumeMode::Ratio ? QStringLiteral("ratio") : QStringLiteral("zscore"));
        json.insert(QStringLiteral("threshold"), params.threshold);
        break;
    case AlertType::PatternZone:
        json.insert(QStringLiteral("zone_event"),
            params.zoneEvent == ZoneEvent::Filled ? QStringLiteral("filled") : QStringLiteral("touched"));
        break;
    case AlertType::Signal: json.insert(QStringLiteral("min_score"), params.minScore); break;
    case AlertType::FeedDisconnected: json.insert(QStringLiteral("disconnected_ms"), params.disconnectedMs); break;
    case AlertType::Pattern: break;
    }
    if (params.period > 0)
        json.insert(QStringLiteral("period"), params.period);
    if (params.patternType)
        json.insert(QStringLiteral("pattern_type"), QLatin1String(model::patternTypeCode(*params.patternType)));
    if (params.direction)
        json.insert(QStringLiteral("direction"), QLatin1String(model::directionCode(*params.direction)));
    return json;
}

QJsonObject AlertRule::optionsJson() const
{
    QJsonObject json{{QStringLiteral("rearm"), options.rearm}, {QStringLiteral("cooldown_ms"), options.cooldownMs},
        {QStringLiteral("channels"), QJsonArray::fromStringList(options.channels)}};
    if (options.activeFromMinute >= 0 && options.activeToMinute >= 0) {
        json.insert(QStringLiteral("active_hours"),
            QString(minuteText(options.activeFromMinute) + QLatin1Char('-') + minuteText(options.activeToMinute)));
    }
    if (!options.sound.isEmpty())
        json.insert(QStringLiteral("sound"), options.sound);
    return json;
}

std::optional<std::pair<int, int>> parseActiveHours(QStringView text)
{
    // "HH:MM-HH:MM" in UTC.
    const auto minute = [](QStringView part) -> int {
        if (part.size() != 5 || part[2] != QLatin1Char(':'))
            return -1;
        bool okH = false, okM = false;
        const int h = part.left(2).toInt(&okH);
        const int m = part.mid(3).toInt(&okM);
        return okH && okM && h >= 0 && h < 24 && m >= 0 && m < 60 ? h * 60 + m : -1;
    };
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return std::nullopt;
    const int from = minute(text.left(dash));
    const int to = minute(text.mid(dash + 1));
    if (from < 0 || to < 0)
        return std::nullopt;
    return std::pair{from, to};
}

bool AlertRule::readJson(const QJsonObject &scopeIn, const QJsonObject &paramsIn, const QJsonObject &optionsIn,
    QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    scope = {};
    for (const QJsonValue &value : scopeIn.value(QStringLiteral("symbols")).toArray()) {
        const QString text = value.toString();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const auto exchange = model::parseExchangeId(QStringView(text).left(colon < 0 ? 0 : colon));
        const auto symbol = model::Symbol::parse(QStringView(text).mid(colon + 1));
        if (colon < 0 || !exchange || !symbol)
            return fail(QStringLiteral("scope.symbols: '%1' is not exchange:BASE/QUOTE").arg(text));
        scope.symbols.push_back({*exchange, *symbol});
    }
    scope.watchlist = scopeIn.value(QStringLiteral("watchlist")).toString();
    if (scopeIn.contains(QStringLiteral("timeframe"))) {
        const QString text = scopeIn.value(QStringLiteral("timeframe")).toString();
        scope.timeframe = model::Timeframe::parse(text);
        if (!scope.timeframe)
            return fail(QStringLiteral("scope.timeframe: '%1' is not a timeframe").arg(text));
    }
    for (const QJsonValue &value : scopeIn.value(QStringLiteral("exchanges")).toArray()) {
        const auto exchange = model::parseExchangeId(value.toString());
        if (!exchange)
            return fail(QStringLiteral("scope.exchanges: '%1' is not an exchange").arg(value.toString()));
        scope.exchanges.push_back(*exchange);
    }

    params = {};
    params.level = paramsIn.value(QStringLiteral("level")).toDouble();
    params.pct = paramsIn.value(QStringLiteral("pct")).toDouble();
    params.windowMs = paramsIn.value(QStringLiteral("window_ms")).toInteger();
    params.volumeMode = paramsIn.value(QStringLiteral("mode")).toString() == QLatin1String("zscore") ? VolumeMode::ZScore
                                                                                                     : VolumeMode::Ratio;
    params.threshold = paramsIn.value(QStringLiteral("threshold")).toDouble();
    params.period = paramsIn.value(QStringLiteral("period")).toInt();
    params.minScore = paramsIn.value(QStringLiteral("min_score")).toInt();
    params.disconnectedMs = paramsIn.value(QStringLiteral("disconnected_ms")).toInteger();
    params.zoneEvent = paramsIn.value(QStringLiteral("zone_event")).toString() == QLatin1String("filled")
        ? ZoneEvent::Filled
        : ZoneEvent::Touched;
    if (paramsIn.contains(QStringLiteral("pattern_type"))) {
        params.patternType = model::parsePatternType(paramsIn.value(QStringLiteral("pattern_type")).toString());
        if (!params.patternType)
            return fail(QStringLiteral("params.pattern_type: not fvg, order_block or liquidity_sweep"));
    }
    if (paramsIn.contains(QStringLiteral("direction"))) {
        params.direction = model::parseDirection(paramsIn.value(QStringLiteral("direction")).toString());
        if (!params.direction)
            return fail(QStringLiteral("params.direction: not bullish or bearish"));
    }

    options = {};
    options.rearm = optionsIn.value(QStringLiteral("rearm")).toBool();
    options.cooldownMs = optionsIn.value(QStringLiteral("cooldown_ms")).toInteger();
    options.sound = optionsIn.value(QStringLiteral("sound")).toString();
    for (const QJsonValue &value : optionsIn.value(QStringLiteral("channels")).toArray())
        options.channels << value.toString();
    if (optionsIn.contains(QStringLiteral("active_hours"))) {
        const auto hours = parseActiveHours(optionsIn.value(QStringLiteral("active_hours")).toString());
        if (!hours)
            return fail(QStringLiteral("options.active_hours: not HH:MM-HH:MM"));
        options.activeFromMinute = hours->first;
        options.activeToMinute = hours->second;
    }
    return true;
}

} // namespace cl::alerts
