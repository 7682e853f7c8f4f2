#pragma once

#include "command.h"

namespace cl::cli {

class CliOptions;

// `backtest`: replays stored candles through the analysis engine and simulates the trades of its patterns or
// signals; with --optimize a parameter search, with --walk-forward in/out-of-sample windows.
class BacktestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backtest"); }
    QString summary() const override
    {
        return QStringLiteral("replay stored candles through detection and signal rules; optimize, walk-forward");
    }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
