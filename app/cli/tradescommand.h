#pragma once

#include "command.h"

namespace cl::cli {

class CliOptions;

// `trades import|list`.
class TradesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("trades"); }
    QString summary() const override { return QStringLiteral("import and list the trades of a portfolio"); }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int importFile(const CliOptions &options, CliContext &context);
    int list(const CliOptions &options, CliContext &context);
};

} // namespace cl::cli
