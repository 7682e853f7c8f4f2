#pragma once

#include "command.h"

namespace cl::cli {

// `analyze --input FILE.csv --timeframe TF [--indicators SPEC] [--patterns] [--format json|csv]`:
// indicators and patterns of a candle file through the same engine as the app, no database.
class AnalyzeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override { return QStringLiteral("indicators and patterns of a candle CSV file"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
