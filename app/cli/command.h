#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cl::cli {

// Exit codes of spec/cli.md.
enum ExitCode : int { Ok = 0, UserError = 1, InternalError = 2 };

// Where a command writes: stdout for what a program reads, stderr for messages and progress.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

// One top-level command (`db`, `candles`, `analyze` ...). It parses its own arguments, including the
// common --data-dir and --help, and returns an ExitCode.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is "cryptolens-cli <name>" for help texts; the rest are the command's own.
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};

} // namespace cl::cli
