#pragma once

#include "command.h"

namespace cl::cli {

// `db init|check|migrate|backup|vacuum|stats`: the database lifecycle.
class DbCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override { return QStringLiteral("database lifecycle: init, check, migrate, backup, vacuum, stats"); }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int init(const QString &path, CliContext &context);
    int check(const QString &path, CliContext &context);
    int migrate(const QString &path, CliContext &context);
};

} // namespace cl::cli
