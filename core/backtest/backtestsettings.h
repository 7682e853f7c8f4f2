#pragma once

#include "analysis/analysissettings.h"
#include "model/pattern.h"
#include "model/timeframe.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace cl::backtest {

// What a backtest trades and how its orders fill (issue 8). Detection itself is the analysis settings.
struct BacktestSettings
{
    enum class Source : quint8 { Patterns, Signals };
    enum class EntryMethod : quint8 { Limit, NextOpen };
    // Which target closes the trade, or a third of the position at each of TP1, TP2 and TP3.
    enum class ExitMode : quint8 { Tp1, Tp2, Tp3, Scaled };
    // A candle that reaches both the stop and a target cannot tell which came first.
    enum class SameCandle : quint8 { Inconclusive, StopFirst };

    Source source = Source::Patterns;
    std::array<bool, 3> patternTypes{true, true, true}; // fvg, order_block, liquidity_sweep
    EntryMethod entryMethod = EntryMethod::Limit;
    ExitMode exitMode = ExitMode::Tp1;
    SameCandle sameCandle = SameCandle::Inconclusive;
    double rrTarget = 0.0; // > 0: one target at entry +- rrTarget * R instead of the pattern's TPs
    double stopBufferMultiple = 1.0; // scales the stop's distance beyond the zone edge (1: the pattern's stop)
    double expiryMultiplier = 1.0; // scales the lifetimes below
    // Candles a pending entry may wait after detection, and an open trade may run after its entry.
    // Issue 8 defaults 5m 200, 15m 150, 30m 120, 1h 100, 2h 80, 4h 60, 1d 30; the others are our choice.
    std::array<int, model::Timeframe::Count> lifetimeCandles{300, 250, 200, 150, 120, 100, 80, 60, 45, 40, 30, 20};
    double feeBps = 0.0; // per fill, on its notional
    double slippageBps = 0.0; // every fill moves against the trade by this much
    double riskPct = 1.0; // of the equity at entry, lost when the stop is hit
    double initialBalance = 10'000.0;
    bool useMinuteStatuses = true; // also advance statuses with stored 1m candles, as the live engine does

    analysis::AnalysisSettings analysis;

    int lifetime(model::Timeframe tf) const;
    bool tradesType(int type) const { return patternTypes[size_t(type)]; }

    // Empty when usable, otherwise "name: why".
    QString validate() const;

    // The parameters as stored with a run or trial (the analysis thresholds the optimizer varies included).
    QJsonObject toJson(model::Timeframe tf) const;

    static const char *entryMethodCode(EntryMethod method);
    static const char *exitModeCode(ExitMode mode);
    static std::optional<EntryMethod> parseEntryMethod(QStringView text);
    static std::optional<ExitMode> parseExitMode(QStringView text);
};

} // namespace cl::backtest
