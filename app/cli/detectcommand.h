#pragma once

#include "command.h"

namespace cl::cli {

// `detect --exchange E --symbol S [--timeframes LIST]`: runs the pattern engine over the stored candles of
// each timeframe, stores the patterns with their statuses as of the last candle, advances stored signals
// with later 1m candles and evaluates confluence once more at the time of the newest stored candle.
class DetectCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("detect"); }
    QString summary() const override { return QStringLiteral("detect patterns and signals over stored candles"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
