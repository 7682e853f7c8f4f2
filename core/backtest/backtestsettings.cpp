#include "backtestsettings.h"

#include <QJsonArray>

#include <cmath>

namespace cl::backtest {

int BacktestSettings::lifetime(model::Timeframe tf) const
{
    const double candles = std::round(double(lifetimeCandles[size_t(tf.index())]) * expiryMultiplier);
    return std::max(1, int(candles));
}

QString BacktestSettings::validate() const
{
    if (!(feeBps >= 0 && feeBps < 10'000))
        return QStringLiteral("fee_bps: must be in [0, 10000)");
    if (!(slippageBps >= 0 && slippageBps < 10'000))
        return QStringLiteral("slippage_bps: must be in [0, 10000)");
    if (!(riskPct > 0 && riskPct <= 100))
        return QStringLiteral("risk_pct: must be in (0, 100]");
    if (!(initialBalance > 0 && std::isfinite(initialBalance)))
        return QStringLiteral("initial_balance: must be positive");
    if (!(rrTarget >= 0 && std::isfinite(rrTarget)))
        return QStringLiteral("rr_target: must be 0 (the pattern's targets) or positive");
    if (!(stopBufferMultiple >= 0 && std::isfinite(stopBufferMultiple)))
        return QStringLiteral("stop_buffer: must not be negative");
    if (!(expiryMultiplier > 0 && std::isfinite(expiryMultiplier)))
        return QStringLiteral("expiry_multiplier: must be positive");
    if (source == Source::Patterns && !patternTypes[0] && !patternTypes[1] && !patternTypes[2])
        return QStringLiteral("patterns: choose at least one pattern type");
    return analysis.validate();
}

QJsonObject BacktestSettings::toJson(model::Timeframe tf) const
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), source == Source::Patterns ? QStringLiteral("patterns") : QStringLiteral("signals"));
    QJsonArray types;
    for (int t = 0; t < model::kPatternTypeCount; ++t) {
        if (patternTypes[size_t(t)])
            types.append(QString::fromLatin1(model::patternTypeCode(model::PatternType(t))));
    }
    o.insert(QStringLiteral("patterns"), types);
    o.insert(QStringLiteral("entry_method"), QString::fromLatin1(entryMethodCode(entryMethod)));
    o.insert(QStringLiteral("exit"), QString::fromLatin1(exitModeCode(exitMode)));
    o.insert(QStringLiteral("same_candle"),
        sameCandle == SameCandle::Inconclusive ? QStringLiteral("inconclusive") : QStringLiteral("stop_first"));
    o.insert(QStringLiteral("rr_target"), rrTarget);
    o.insert(QStringLiteral("stop_buffer"), stopBufferMultiple);
    o.insert(QStringLiteral("expiry_multiplier"), expiryMultiplier);
    o.insert(QStringLiteral("lifetime_candles"), lifetime(tf));
    o.insert(QStringLiteral("fee_bps"), feeBps);
    o.insert(QStringLiteral("slippage_bps"), slippageBps);
    o.insert(QStringLiteral("risk_pct"), riskPct);
    o.insert(QStringLiteral("initial_balance"), initialBalance);
    o.insert(QStringLiteral("minute_statuses"), useMinuteStatuses);
    o.insert(QStringLiteral("min_zone_pct"), analysis.minZonePct);
    o.insert(QStringLiteral("overlap_threshold"), analysis.overlapFor(tf));
    return o;
}

const char *BacktestSettings::entryMethodCode(EntryMethod method)
{
    return method == EntryMethod::Limit ? "limit" : "next_open";
}

const char *BacktestSettings::exitModeCode(ExitMode mode)
{
    constexpr std::array<const char *, 4> codes{"tp1", "tp2", "tp3", "scaled"};
    return codes[size_t(mode)];
}

std::optional<BacktestSettings::EntryMethod> BacktestSettings::parseEntryMethod(QStringView text)
{
    if (text == QLatin1StringView("limit"))
        return EntryMethod::Limit;
    if (text == QLatin1StringView("next_open"))
        return EntryMethod::NextOpen;
    return std::nullopt;
}

std::optional<BacktestSettings::ExitMode> BacktestSettings::parseExitMode(QStringView text)
{
    for (int m = 0; m < 4; ++m) {
        if (text == QLatin1StringView(exitModeCode(ExitMode(m))))
            return ExitMode(m);
    }
    return std::nullopt;
}

} // namespace cl::backtest
