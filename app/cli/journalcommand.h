#pragma once

#include "command.h"

namespace cl::cli {

// `journal export --portfolio P --format md|pdf --out FILE`.
class JournalCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("journal"); }
    QString summary() const override { return QStringLiteral("export a portfolio's trade journal to Markdown or PDF"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
