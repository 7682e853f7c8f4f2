#pragma once

#include "command.h"

namespace cl::cli {

// `replay-server`: a local exchange on loopback (spec/cli.md), cl::market::ReplayServer behind a CLI.
// Prints "listening ws://127.0.0.1:PORT/ws http://127.0.0.1:PORT" as its first stdout line, then serves
// until SIGINT or SIGTERM.
class ReplayServerCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("replay-server"); }
    QString summary() const override { return QStringLiteral("a local exchange on loopback: replay frames or simulate a market"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
