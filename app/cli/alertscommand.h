#pragma once

#include "command.h"

#include "alerts/alertrule.h"

#include <optional>

namespace cl::cli {

class CliOptions;

// `alerts list|add|remove|test` of spec/cli.md, plus the push channels the rules deliver through:
// `alerts channels`, `alerts channel-add`, `alerts channel-remove` (tokens go to the OS keychain).
class AlertsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString summary() const override { return QStringLiteral("alert rules, push channels and a delivery test"); }
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int list(const CliOptions &options, CliContext &context);
    int add(const CliOptions &options, CliContext &context);
    int remove(const CliOptions &options, CliContext &context);
    int test(const CliOptions &options, CliContext &context);
    int channels(const CliOptions &options, CliContext &context);
    int channelAdd(const CliOptions &options, CliContext &context);
    int channelRemove(const CliOptions &options, CliContext &context);

    // The rule the add options describe; nothing after printing what is wrong.
    std::optional<alerts::AlertRule> ruleFromOptions(const CliOptions &options, CliContext &context);
};

} // namespace cl::cli
