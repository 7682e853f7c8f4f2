#include "portfoliocommand.h"

#include "clioptions.h"

#include "model/systemclock.h"
#include "portfolio/portfoliorepository.h"
#include "storage/sqlconnection.h"

#include <QRegularExpression>

#include <cmath>

namespace cl::cli {

int PortfolioCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli portfolio <create|list|delete>"),
                       QStringLiteral("Portfolios (trading accounts the journal follows).\n"
                                      "  create   --name P --initial-balance X [--currency USDT] [--paper]\n"
                                      "  list     [--format table|json]\n"
                                      "  delete   --name P   (deletes its trades and journal too)"));
    options.addPositional(QStringLiteral("action"), QStringLiteral("create, list or delete"));
    options.addOption({QStringLiteral("name"), QStringLiteral("Portfolio name."), QStringLiteral("P")});
    options.addOption({QStringLiteral("initial-balance"), QStringLiteral("Starting balance (positive)."), QStringLiteral("X")});
    options.addOption({QStringLiteral("currency"), QStringLiteral("Account currency."), QStringLiteral("CUR"), QStringLiteral("USDT")});
    options.addOption({QStringLiteral("paper"), QStringLiteral("A paper-trading account.")});
    options.addOption({QStringLiteral("format"), QStringLiteral("table or json (list)."), QStringLiteral("FORMAT"),
                       QStringLiteral("table")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QString action = options.positional().value(0);
    if (action == QLatin1String("create"))
        return create(options, context);
    if (action == QLatin1String("list"))
        return list(options, context);
    if (action == QLatin1String("delete"))
        return remove(options, context);
    context.err << "cryptolens-cli portfolio: say create, list or delete\n";
    return UserError;
}

int PortfolioCommand::create(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("name")) || !options.require(context, QStringLiteral("initial-balance")))
        return UserError;
    bool ok = false;
    const double balance = options.value(QStringLiteral("initial-balance")).toDouble(&ok);
    if (!ok || !std::isfinite(balance) || balance <= 0) {
        context.err << "option --initial-balance: a positive number, not '" << options.value(QStringLiteral("initial-balance"))
                    << "'\n";
        return UserError;
    }
    const QString currency = options.value(QStringLiteral("currency"));
    static const QRegularExpression kCurrency(QStringLiteral("^[A-Z0-9]{2,10}$"));
    if (!kCurrency.match(currency).hasMatch()) {
        context.err << "option --currency: 2 to 10 upper-case letters or digits (USDT, USD, BTC), not '" << currency << "'\n";
        return UserError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    portfolio::Portfolio p;
    p.name = options.value(QStringLiteral("name")).trimmed();
    p.currency = currency;
    p.initialBalance = balance;
    p.isPaper = options.isSet(QStringLiteral("paper"));
    p.createdAt = model::SystemClock::instance().nowMs();
    QString error;
    if (!portfolio::PortfolioRepository(connection).create(p, &error)) {
        context.err << "cannot create portfolio: " << error << "\n";
        return UserError;
    }
    context.err << "created portfolio '" << p.name << "' with " << QString::number(balance, 'f', 2) << ' ' << currency << "\n";
    return Ok;
}

int PortfolioCommand::list(const CliOptions &options, CliContext &context)
{
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        context.err << "option --format: table or json, not '" << format << "'\n";
        return UserError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    portfolio::PortfolioRepository repository(connection);
    QString error;
    const auto portfolios = repository.all(&error);
    if (!error.isEmpty()) {
        context.err << error << "\n";
        return InternalError;
    }
    if (format == QLatin1String("json")) {
        context.out << "[";
        for (qsizetype i = 0; i < portfolios.size(); ++i) {
            const auto &p = portfolios[i];
            QString escaped = p.name;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
            context.out << (i ? ",\n " : "\n ") << "{\"name\": \"" << escaped << "\", \"currency\": \"" << p.currency
                        << "\", \"initial_balance\": " << QString::number(p.initialBalance, 'g', 17)
                        << ", \"paper\": " << (p.isPaper ? "true" : "false")
                        << ", \"trades\": " << repository.tradeCount(p.id) << '}';
        }
        context.out << (portfolios.isEmpty() ? "]\n" : "\n]\n");
        return Ok;
    }
    if (portfolios.isEmpty()) {
        context.err << "no portfolios (create one with `cryptolens-cli portfolio create --name P --initial-balance X`)\n";
        return Ok;
    }
    qsizetype width = 4;
    for (const auto &p : portfolios)
        width = std::max(width, p.name.size());
    context.out << QStringLiteral("name").leftJustified(width + 2) << "currency  initial balance    trades\n";
    for (const auto &p : portfolios) {
        context.out << p.name.leftJustified(width + 2) << p.currency.leftJustified(10)
                    << QString::number(p.initialBalance, 'f', 2).rightJustified(15)
                    << QString::number(repository.tradeCount(p.id)).rightJustified(10) << (p.isPaper ? "  paper" : "")
                    << "\n";
    }
    return Ok;
}

int PortfolioCommand::remove(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("name")))
        return UserError;
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    if (!portfolio::PortfolioRepository(connection).remove(options.value(QStringLiteral("name")), &error)) {
        context.err << "cannot delete: " << error << "\n";
        return UserError;
    }
    context.err << "deleted portfolio '" << options.value(QStringLiteral("name")) << "' with its trades and journal\n";
    return Ok;
}

} // namespace cl::cli
