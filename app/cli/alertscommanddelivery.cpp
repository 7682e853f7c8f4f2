// `alerts test` and the push channel subcommands of AlertsCommand (alertscommand.h).
#include "alertscommand.h"

#include "alerts/alertchannelconfig.h"
#include "alerts/alerteventrepository.h"
#include "alerts/keychainsecretstore.h"
#include "alerts/notificationdispatcher.h"
#include "alerts/qtdelayscheduler.h"
#include "clioptions.h"
#include "model/systemclock.h"
#include "storage/sqlconnection.h"

#include <QDateTime>
#include <QEventLoop>

#include <map>

namespace cl::cli {

namespace {

// The token named by --token-env; empty when not given. Never a command-line value: argv is visible to
// every user of the machine.
std::optional<QString> tokenFromEnvironment(const CliOptions &options, CliContext &context)
{
    if (!options.isSet(QStringLiteral("token-env")))
        return QString();
    const QString variable = options.value(QStringLiteral("token-env"));
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty()) {
        context.err << "option --token-env: the environment variable " << variable << " is empty or not set\n";
        return std::nullopt;
    }
    return QString::fromUtf8(value);
}

// The channel --channel/--url/--topic describe; nothing after a message.
std::optional<alerts::AlertChannelConfig> adHocChannel(const CliOptions &options, CliContext &context, const QString &name)
{
    if (!options.require(context, QStringLiteral("url")))
        return std::nullopt;
    alerts::AlertChannelConfig config;
    config.kind = options.value(QStringLiteral("channel"));
    config.name = name.isEmpty() ? config.kind : name;
    config.url = options.value(QStringLiteral("url"));
    config.topic = options.value(QStringLiteral("topic"));
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        context.err << "cryptolens-cli alerts: " << invalid << "\n";
        return std::nullopt;
    }
    return config;
}

QString describeAttempt(const alerts::DeliveryAttempt &a, int maxAttempts)
{
    QString line = QStringLiteral("attempt %1/%2 via %3: ").arg(a.attempt).arg(maxAttempts).arg(a.channel);
    line += a.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(a.httpStatus) : (a.error.isEmpty() ? QStringLiteral("-") : a.error);
    line += QStringLiteral(" -> ") + a.outcome;
    if (a.outcome == QLatin1String("retrying"))
        line += QStringLiteral(" in %1 ms").arg(a.retryInMs);
    else if (a.outcome != QLatin1String("delivered") && a.httpStatus > 0 && !a.error.isEmpty())
        line += QStringLiteral(" (") + a.error + QLatin1Char(')');
    return line;
}

} // namespace

int AlertsCommand::test(const CliOptions &options, CliContext &context)
{
    alerts::DeliveryPolicy policy;
    if (options.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = options.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600) {
            context.err << "option --timeout: 1..600 seconds, not '" << options.value(QStringLiteral("timeout")) << "'\n";
            return UserError;
        }
        policy.timeoutMs = seconds * 1000LL;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;

    std::vector<std::pair<alerts::AlertChannelConfig, QString>> targets; // config, token
    if (options.isSet(QStringLiteral("channel"))) {
        const auto config = adHocChannel(options, context, options.value(QStringLiteral("name")));
        const auto token = tokenFromEnvironment(options, context);
        if (!config || !token)
            return UserError;
        targets.emplace_back(*config, *token);
    } else {
        QString error;
        for (const alerts::AlertChannelConfig &config : alerts::AlertChannelRepository(connection).all(&error)) {
            if (config.enabled)
                targets.emplace_back(config, QString());
        }
        if (!error.isEmpty()) {
            context.err << "cannot read the channels: " << error << "\n";
            return InternalError;
        }
        if (targets.empty()) {
            context.err << "cryptolens-cli alerts test: no enabled channel; add one with `alerts channel-add` or pass "
                           "--channel ntfy|webhook --url URL\n";
            return UserError;
        }
        alerts::KeychainSecretStore secrets;
        for (auto &[config, token] : targets) {
            if (!config.hasToken)
                continue;
            QEventLoop loop;
            secrets.load(alerts::channelSecretKey(config.name), [&](std::optional<QString> secret, const QString &why) {
                if (secret)
                    token = *secret;
                else
                    context.err << "channel " << config.name << ": no token in the keychain"
                                << (why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')')) << "\n";
                loop.quit();
            });
            loop.exec();
        }
        if (!secrets.isPersistent())
            context.err << secrets.statusText() << "\n";
    }

    alerts::QtDelayScheduler scheduler;
    alerts::NotificationDispatcher dispatcher(model::SystemClock::instance(), scheduler, policy);
    for (const auto &[config, token] : targets)
        dispatcher.addChannel(config.makeChannel(token));
    alerts::AlertEventRepository events(connection);
    std::map<QString, bool> delivered;
    QEventLoop loop;
    QObject::connect(&dispatcher, &alerts::NotificationDispatcher::attempted, &dispatcher,
        [&](const alerts::DeliveryAttempt &attempt) {
            context.out << describeAttempt(attempt, policy.maxAttempts) << "\n";
            context.out.flush();
            QString error;
            if (!events.recordAttempt(attempt, &error))
                context.err << "warning: attempt not recorded: " << error << "\n";
        });
    QObject::connect(&dispatcher, &alerts::NotificationDispatcher::finished, &dispatcher,
        [&](const QString &channel, quint64, bool ok) {
            delivered[channel] = ok;
            if (delivered.size() == targets.size())
                loop.quit();
        });
    alerts::NotificationMessage message;
    message.title = QStringLiteral("CryptoLens test");
    message.message = QStringLiteral("Test notification from cryptolens-cli at ")
        + QDateTime::fromMSecsSinceEpoch(model::SystemClock::instance().nowMs(), Qt::UTC).toString(Qt::ISODate);
    message.tags = {QStringLiteral("cryptolens"), QStringLiteral("test")};
    dispatcher.post(message);
    loop.exec();

    int failures = 0;
    for (const auto &[channel, ok] : delivered) {
        context.err << channel << ": " << (ok ? "delivered" : "not delivered") << "\n";
        failures += ok ? 0 : 1;
    }
    return failures == 0 ? Ok : UserError;
}

int AlertsCommand::channels(const CliOptions &options, CliContext &context)
{
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto all = alerts::AlertChannelRepository(connection).all(&error);
    if (!error.isEmpty()) {
        context.err << "cannot read the channels: " << error << "\n";
        return InternalError;
    }
    for (const alerts::AlertChannelConfig &c : all) {
        context.out << c.name.leftJustified(16) << c.kind.leftJustified(10) << (c.enabled ? "on   " : "off  ") << c.url
                    << (c.topic.isEmpty() ? QString() : QStringLiteral(" topic ") + c.topic)
                    << (c.hasToken ? " [token in keychain]" : "") << "\n";
    }
    if (all.empty())
        context.err << "no push channels\n";
    return Ok;
}

int AlertsCommand::channelAdd(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("name")) || !options.require(context, QStringLiteral("channel")))
        return UserError;
    auto config = adHocChannel(options, context, options.value(QStringLiteral("name")));
    const auto token = tokenFromEnvironment(options, context);
    if (!config || !token)
        return UserError;
    config->createdAt = model::SystemClock::instance().nowMs();
    if (!token->isEmpty()) {
        alerts::KeychainSecretStore secrets;
        QEventLoop loop;
        bool stored = false;
        secrets.store(alerts::channelSecretKey(config->name), *token, [&](bool ok, const QString &why) {
            stored = ok;
            if (!ok)
                context.err << "cannot store the token in the keychain: " << why << "\n";
            loop.quit();
        });
        loop.exec();
        if (!secrets.isPersistent()) {
            // A process-lifetime memory store is useless to a later run: say so, keep the channel without a token.
            context.err << secrets.statusText() << "; the channel is saved without its token\n";
            stored = false;
        }
        config->hasToken = stored;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto id = alerts::AlertChannelRepository(connection).save(*config, &error);
    if (!id) {
        context.err << "cannot store the channel: " << error << "\n";
        return InternalError;
    }
    context.err << "saved channel " << config->name << "\n";
    return Ok;
}

int AlertsCommand::channelRemove(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("name")))
        return UserError;
    const QString name = options.value(QStringLiteral("name"));
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    bool removed = false;
    if (!alerts::AlertChannelRepository(connection).remove(name, &removed, &error)) {
        context.err << "cannot remove the channel: " << error << "\n";
        return InternalError;
    }
    if (!removed) {
        context.err << "option --name: no channel " << name << "\n";
        return UserError;
    }
    alerts::KeychainSecretStore secrets;
    QEventLoop loop;
    secrets.remove(alerts::channelSecretKey(name), [&](bool, const QString &) { loop.quit(); });
    loop.exec();
    context.err << "removed channel " << name << "\n";
    return Ok;
}

} // namespace cl::cli
