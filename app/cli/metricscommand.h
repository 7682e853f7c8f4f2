#pragma once

#include "command.h"

namespace cl::cli {

// `metrics --portfolio P [--format json|table]`: spec/metrics.md for one portfolio.
class MetricsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString summary() const override { return QStringLiteral("performance metrics of a portfolio"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
