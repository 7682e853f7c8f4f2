#pragma once

#include "command.h"

namespace cl::cli {

class CliOptions;

// `candles import|export|aggregate`.
class CandlesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("candles"); }
    QString summary() const override { return QStringLiteral("import, export and aggregate stored candles"); }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int importCsv(const CliOptions &options, CliContext &context);
    int exportCandles(const CliOptions &options, CliContext &context);
    int aggregate(const CliOptions &options, CliContext &context);
};

} // namespace cl::cli
