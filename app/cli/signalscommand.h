#pragma once

#include "command.h"

namespace cl::cli {

// `signals [--exchange E] [--symbol S] [--since T] [--format table|json]`: stored confluence signals, newest first.
class SignalsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("signals"); }
    QString summary() const override { return QStringLiteral("generated confluence signals"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
