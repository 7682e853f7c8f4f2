#pragma once

#include "command.h"

namespace cl::cli {

// `matrix [--format table|json] [--timeframes LIST] [--now T]`: the pattern matrix (spec/patterns.md).
class MatrixCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("matrix"); }
    QString summary() const override
    {
        return QStringLiteral("the pattern matrix: newest active pattern per symbol and timeframe");
    }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
