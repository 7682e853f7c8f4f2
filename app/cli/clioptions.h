#pragma once

#include "command.h"

#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <QCommandLineParser>

#include <optional>

namespace cl::storage {
class SqlConnection;
}

namespace cl::cli {

// QCommandLineParser with what every command shares: --help, --data-dir, and readers for the typed
// options of spec/cli.md that print a clear message naming the option when its value is wrong.
class CliOptions
{
public:
    CliOptions(const QString &usage, const QString &description);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {})
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    // Parses; on --help prints help and sets *exitCode to Ok; on a parse error prints it and sets UserError.
    // Returns true when the command should go on.
    bool parse(const QStringList &arguments, CliContext &context, int *exitCode);

    QCommandLineParser &parser() { return m_parser; }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // The data folder: --data-dir or the GUI's AppDataLocation.
    QString dataDir() const;
    QString databasePath() const;

    // Required or optional typed values; nullopt after printing "option --x: why" to context.err.
    std::optional<model::ExchangeId> exchange(CliContext &context, const QString &name = QStringLiteral("exchange")) const;
    std::optional<model::Symbol> symbol(CliContext &context, const QString &name = QStringLiteral("symbol")) const;
    std::optional<model::Timeframe> timeframe(CliContext &context, const QString &name = QStringLiteral("timeframe")) const;
    std::optional<QList<model::Timeframe>> timeframeList(CliContext &context, const QString &name) const;
    // A time as UTC milliseconds or ISO-8601; fallback when the option is absent.
    std::optional<qint64> time(CliContext &context, const QString &name, qint64 fallback) const;
    // Prepares the database (create, check, migrate) and opens a read-write connection on it. On failure
    // prints why (a damaged file is left in place: `db init` moves it aside) and returns false.
    bool openDatabase(CliContext &context, storage::SqlConnection &connection) const;

    // Fails with a message when the option is missing.
    bool require(CliContext &context, const QString &name) const;

private:
    QCommandLineParser m_parser;
    QString m_usage;
};

// Parses "1709294400000" or "2024-03-01T12:00:00Z" into UTC milliseconds.
std::optional<qint64> parseTimeArgument(const QString &text);

} // namespace cl::cli
