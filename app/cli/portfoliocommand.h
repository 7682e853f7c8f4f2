#pragma once

#include "command.h"

namespace cl::cli {

class CliOptions;

// `portfolio create|list|delete`.
class PortfolioCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("portfolio"); }
    QString summary() const override { return QStringLiteral("create, list and delete portfolios"); }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int create(const CliOptions &options, CliContext &context);
    int list(const CliOptions &options, CliContext &context);
    int remove(const CliOptions &options, CliContext &context);
};

} // namespace cl::cli
