#include "alertscommand.h"

#include "alerts/alertrulerepository.h"
#include "clioptions.h"
#include "model/systemclock.h"
#include "storage/sqlconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cl::cli {

namespace {

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName)
{
    return {QLatin1String(name), QLatin1String(description), QLatin1String(valueName)};
}

// A finite number from an option; nullopt after a message.
std::optional<double> numberOption(const CliOptions &options, CliContext &context, const QString &name)
{
    bool ok = false;
    const double value = options.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        context.err << "option --" << name << ": a number, not '" << options.value(name) << "'\n";
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> integerOption(const CliOptions &options, CliContext &context, const QString &name, qint64 min)
{
    bool ok = false;
    const qint64 value = options.value(name).toLongLong(&ok);
    if (!ok || value < min) {
        context.err << "option --" << name << ": an integer >= " << min << ", not '" << options.value(name) << "'\n";
        return std::nullopt;
    }
    return value;
}

} // namespace

int AlertsCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli alerts <list|add|remove|test|channels|channel-add|channel-remove>"),
        QStringLiteral(
            "Alert rules and their push delivery.\n"
            "  list     [--format table|json]\n"
            "  add      --type T (--exchange E --symbol S[,S...] | --watchlist W) [type options] [rule options]\n"
            "           types: price_above, price_below (--level X), pct_change (--pct X --window SECONDS),\n"
            "           volume_spike (--threshold X [--mode ratio|zscore] [--period N]), rsi_above, rsi_below\n"
            "           (--level X [--period N]), pattern ([--pattern-type T] [--direction D]), pattern_zone\n"
            "           ([--zone-event touched|filled]), signal (--min-score N [--direction D]),\n"
            "           feed_disconnected (--exchange E --seconds N); --timeframe TF where it applies.\n"
            "           rule options: --name, --rearm, --cooldown SECONDS, --active-hours HH:MM-HH:MM (UTC),\n"
            "           --expires T, --sound NAME, --channels LIST. Prints the new rule's id.\n"
            "  remove   --id N\n"
            "  test     [--channel ntfy --url URL --topic T | --channel webhook --url URL] [--token-env VAR]\n"
            "           delivers a test notification with the normal retry policy (or through every enabled\n"
            "           channel); prints each attempt; exit 0 when delivered, 1 when not.\n"
            "  channels                      the configured push channels\n"
            "  channel-add --name N --channel ntfy|webhook|telegram --url URL [--topic T] [--token-env VAR]\n"
            "  channel-remove --name N\n"
            "Tokens are read from the environment variable --token-env names (never a command-line value)\n"
            "and kept in the system keychain."));
    options.addPositional(QStringLiteral("action"), QStringLiteral("list, add, remove, test, channels, channel-add, channel-remove"));
    options.addOption(valueOption("format", "table or json (list).", "FORMAT"));
    options.addOption(valueOption("type", "Rule type.", "T"));
    options.addOption(valueOption("exchange", "Exchange id.", "E"));
    options.addOption(valueOption("symbol", "Symbol(s) BASE/QUOTE, comma separated.", "S"));
    options.addOption(valueOption("watchlist", "A watchlist name instead of symbols.", "W"));
    options.addOption(valueOption("timeframe", "Timeframe (volume_spike, rsi_*, pattern, pattern_zone).", "TF"));
    options.addOption(valueOption("level", "Price or RSI level.", "X"));
    options.addOption(valueOption("pct", "pct_change: percent (negative for a fall).", "X"));
    options.addOption(valueOption("window", "pct_change: window in seconds.", "SECONDS"));
    options.addOption(valueOption("mode", "volume_spike: ratio (to the volume SMA) or zscore.", "MODE"));
    options.addOption(valueOption("threshold", "volume_spike: ratio or z-score that fires.", "X"));
    options.addOption(valueOption("period", "Volume SMA or RSI period.", "N"));
    options.addOption(valueOption("pattern-type", "fvg, order_block or liquidity_sweep.", "T"));
    options.addOption(valueOption("direction", "bullish or bearish.", "D"));
    options.addOption(valueOption("zone-event", "pattern_zone: touched or filled.", "EVENT"));
    options.addOption(valueOption("min-score", "signal: minimum confluence score.", "N"));
    options.addOption(valueOption("seconds", "feed_disconnected: seconds not live.", "N"));
    options.addOption(valueOption("name", "Rule or channel name.", "NAME"));
    options.addOption({QStringLiteral("rearm"), QStringLiteral("Re-arm after firing (default: one-shot).")});
    options.addOption(valueOption("cooldown", "Re-arming rules: seconds between firings per symbol.", "SECONDS"));
    options.addOption(valueOption("active-hours", "Only fire between HH:MM-HH:MM UTC.", "RANGE"));
    options.addOption(valueOption("expires", "Expiry time (ms or ISO-8601).", "T"));
    options.addOption(valueOption("sound", "Sound name (beep).", "NAME"));
    options.addOption(valueOption("channels", "Push channels by name, comma separated.", "LIST"));
    options.addOption(valueOption("id", "Rule id (remove).", "N"));
    options.addOption(valueOption("channel", "test/channel-add: ntfy, webhook or telegram.", "KIND"));
    options.addOption(valueOption("url", "Server or webhook URL.", "URL"));
    options.addOption(valueOption("topic", "ntfy topic or Telegram chat id.", "T"));
    options.addOption(valueOption("token-env", "Environment variable holding the access token.", "VAR"));
    options.addOption(valueOption("timeout", "test: seconds per attempt (default 10).", "SECONDS"));
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QString action = options.positional().value(0);
    if (action == QLatin1String("list"))
        return list(options, context);
    if (action == QLatin1String("add"))
        return add(options, context);
    if (action == QLatin1String("remove"))
        return remove(options, context);
    if (action == QLatin1String("test"))
        return test(options, context);
    if (action == QLatin1String("channels"))
        return channels(options, context);
    if (action == QLatin1String("channel-add"))
        return channelAdd(options, context);
    if (action == QLatin1String("channel-remove"))
        return channelRemove(options, context);
    context.err << "cryptolens-cli alerts: say list, add, remove, test, channels, channel-add or channel-remove\n";
    return UserError;
}

std::optional<alerts::AlertRule> AlertsCommand::ruleFromOptions(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("type")))
        return std::nullopt;
    const auto type = alerts::parseAlertType(options.value(QStringLiteral("type")));
    if (!type) {
        context.err << "option --type: price_above, price_below, pct_change, volume_spike, rsi_above, rsi_below, "
                       "pattern, pattern_zone, signal or feed_disconnected, not '"
                    << options.value(QStringLiteral("type")) << "'\n";
        return std::nullopt;
    }
    alerts::AlertRule rule;
    rule.type = *type;
    const auto has = [&](const char *name) { return options.isSet(QLatin1String(name)); };
    std::optional<model::ExchangeId> exchange;
    if (has("exchange") && !(exchange = options.exchange(context)))
        return std::nullopt;
    if (has("symbol")) {
        if (!exchange) {
            context.err << "option --symbol needs --exchange\n";
            return std::nullopt;
        }
        for (const QString &text : options.value(QStringLiteral("symbol")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString why;
            const auto symbol = model::Symbol::parse(text.trimmed(), &why);
            if (!symbol) {
                context.err << "option --symbol: '" << text << "': " << why << "\n";
                return std::nullopt;
            }
            rule.scope.symbols.push_back({*exchange, *symbol});
        }
    }
    if (rule.type == alerts::AlertType::FeedDisconnected && exchange && rule.scope.symbols.empty())
        rule.scope.exchanges.push_back(*exchange);
    rule.scope.watchlist = options.value(QStringLiteral("watchlist"));
    if (has("timeframe")) {
        const auto tf = options.timeframe(context);
        if (!tf)
            return std::nullopt;
        rule.scope.timeframe = *tf;
    }
    alerts::AlertParams &p = rule.params;
    const auto number = [&](const char *name, double &target) {
        if (!has(name))
            return true;
        const auto value = numberOption(options, context, QLatin1String(name));
        if (value)
            target = *value;
        return value.has_value();
    };
    if (!number("level", p.level) || !number("pct", p.pct) || !number("threshold", p.threshold))
        return std::nullopt;
    const auto integer = [&](const char *name, qint64 min, qint64 scale, auto &target) {
        if (!has(name))
            return true;
        const auto value = integerOption(options, context, QLatin1String(name), min);
        if (value)
            target = std::remove_reference_t<decltype(target)>(*value * scale);
        return value.has_value();
    };
    if (!integer("window", 1, 1000, p.windowMs) || !integer("period", 1, 1, p.period)
        || !integer("min-score", 1, 1, p.minScore) || !integer("seconds", 1, 1000, p.disconnectedMs)
        || !integer("cooldown", 0, 1000, rule.options.cooldownMs))
        return std::nullopt;
    if (has("mode")) {
        const QString mode = options.value(QStringLiteral("mode"));
        if (mode != QLatin1String("ratio") && mode != QLatin1String("zscore")) {
            context.err << "option --mode: ratio or zscore, not '" << mode << "'\n";
            return std::nullopt;
        }
        p.volumeMode = mode == QLatin1String("zscore") ? alerts::VolumeMode::ZScore : alerts::VolumeMode::Ratio;
    }
    if (has("pattern-type") && !(p.patternType = model::parsePatternType(options.value(QStringLiteral("pattern-type"))))) {
        context.err << "option --pattern-type: fvg, order_block or liquidity_sweep\n";
        return std::nullopt;
    }
    if (has("direction") && !(p.direction = model::parseDirection(options.value(QStringLiteral("direction"))))) {
        context.err << "option --direction: bullish or bearish\n";
        return std::nullopt;
    }
    if (has("zone-event")) {
        const QString event = options.value(QStringLiteral("zone-event"));
        if (event != QLatin1String("touched") && event != QLatin1String("filled")) {
            context.err << "option --zone-event: touched or filled, not '" << event << "'\n";
            return std::nullopt;
        }
        p.zoneEvent = event == QLatin1String("filled") ? alerts::ZoneEvent::Filled : alerts::ZoneEvent::Touched;
    }
    rule.options.rearm = has("rearm");
    if (has("active-hours")) {
        const auto hours = alerts::parseActiveHours(options.value(QStringLiteral("active-hours")));
        if (!hours) {
            context.err << "option --active-hours: HH:MM-HH:MM in UTC, not '" << options.value(QStringLiteral("active-hours"))
                        << "'\n";
            return std::nullopt;
        }
        rule.options.activeFromMinute = hours->first;
        rule.options.activeToMinute = hours->second;
    }
    if (has("expires")) {
        const auto expires = options.time(context, QStringLiteral("expires"), 0);
        if (!expires)
            return std::nullopt;
        rule.expiresAt = *expires;
    }
    rule.options.sound = options.value(QStringLiteral("sound"));
    for (const QString &channel : options.value(QStringLiteral("channels")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        rule.options.channels << channel.trimmed();
    rule.createdAt = model::SystemClock::instance().nowMs();
    rule.name = has("name") ? options.value(QStringLiteral("name")) : rule.describe();
    const QString invalid = rule.validate();
    if (!invalid.isEmpty()) {
        context.err << "cryptolens-cli alerts add: " << invalid << "\n";
        return std::nullopt;
    }
    return rule;
}

int AlertsCommand::add(const CliOptions &options, CliContext &context)
{
    const auto rule = ruleFromOptions(options, context);
    if (!rule)
        return UserError;
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto id = alerts::AlertRuleRepository(connection).insert(*rule, &error);
    if (!id) {
        context.err << "cannot store the rule: " << error << "\n";
        return InternalError;
    }
    context.out << *id << "\n";
    context.err << "added rule " << *id << ": " << rule->describe() << "\n";
    return Ok;
}

int AlertsCommand::remove(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("id")))
        return UserError;
    const auto id = integerOption(options, context, QStringLiteral("id"), 1);
    if (!id)
        return UserError;
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    bool removed = false;
    if (!alerts::AlertRuleRepository(connection).remove(*id, &removed, &error)) {
        context.err << "cannot remove rule " << *id << ": " << error << "\n";
        return InternalError;
    }
    if (!removed) {
        context.err << "option --id: no rule " << *id << "\n";
        return UserError;
    }
    context.err << "removed rule " << *id << "\n";
    return Ok;
}

int AlertsCommand::list(const CliOptions &options, CliContext &context)
{
    const QString format = options.isSet(QStringLiteral("format")) ? options.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        context.err << "option --format: table or json, not '" << format << "'\n";
        return UserError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const alerts::AlertRuleList rules = alerts::AlertRuleRepository(connection).all(&error);
    if (!error.isEmpty())
        context.err << "warning: " << error << "\n";
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const alerts::AlertRule &rule : rules) {
            QJsonObject json{{QStringLiteral("id"), rule.id}, {QStringLiteral("name"), rule.name},
                {QStringLiteral("type"), alerts::alertTypeCode(rule.type)}, {QStringLiteral("scope"), rule.scopeJson()},
                {QStringLiteral("params"), rule.paramsJson()}, {QStringLiteral("options"), rule.optionsJson()},
                {QStringLiteral("enabled"), rule.enabled}, {QStringLiteral("created_at"), rule.createdAt}};
            json.insert(QStringLiteral("expires_at"), rule.expiresAt > 0 ? QJsonValue(rule.expiresAt) : QJsonValue());
            array.append(json);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const alerts::AlertRule &rule : rules) {
        QString line = QString::number(rule.id).leftJustified(6) + alerts::alertTypeCode(rule.type).leftJustified(19)
            + (rule.enabled ? QStringLiteral("on   ") : QStringLiteral("off  ")) + rule.describe();
        if (rule.options.rearm)
            line += QStringLiteral(" [re-arm, cooldown %1 s]").arg(rule.options.cooldownMs / 1000);
        if (rule.expiresAt > 0)
            line += QStringLiteral(" [expires ") + QDateTime::fromMSecsSinceEpoch(rule.expiresAt, Qt::UTC).toString(Qt::ISODate) + QLatin1Char(']');
        if (!rule.options.channels.isEmpty())
            line += QStringLiteral(" -> ") + rule.options.channels.join(QLatin1Char(','));
        context.out << line << "\n";
    }
    if (rules.empty())
        context.err << "no alert rules\n";
    return Ok;
}

} // namespace cl::cli
