#include "clioptions.h"

#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"

#include <QDateTime>

namespace cl::cli {

CliOptions::CliOptions(const QString &usage, const QString &description) : m_usage(usage)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data folder (default: the app's data folder)."),
                        QStringLiteral("DIR")});
}

bool CliOptions::parse(const QStringList &arguments, CliContext &context, int *exitCode)
{
    if (!m_parser.parse(arguments)) {
        context.err << m_usage << ": " << m_parser.errorText() << "\n";
        *exitCode = UserError;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.out << m_parser.helpText().replace(QStringLiteral("Usage: ") + arguments.value(0),
                                                   QStringLiteral("Usage: ") + m_usage);
        *exitCode = Ok;
        return false;
    }
    return true;
}

QString CliOptions::dataDir() const
{
    return storage::DataLocation::resolve(m_parser.value(QStringLiteral("data-dir")));
}

QString CliOptions::databasePath() const
{
    return storage::DataLocation::databasePath(dataDir());
}

bool CliOptions::openDatabase(CliContext &context, storage::SqlConnection &connection) const
{
    const QString path = databasePath();
    const auto outcome = storage::Database::prepare(path);
    if (outcome.status == storage::Database::Status::Damaged) {
        context.err << outcome.message << "\n"
                    << "run `cryptolens-cli db init` to move it aside (it is kept) and start a fresh database\n";
        return false;
    }
    if (outcome.status != storage::Database::Status::Ok) {
        context.err << outcome.message << "\n";
        return false;
    }
    QString error;
    if (!connection.open(path, storage::SqlConnection::Mode::ReadWrite, &error)) {
        context.err << error << "\n";
        return false;
    }
    return true;
}

bool CliOptions::require(CliContext &context, const QString &name) const
{
    if (m_parser.isSet(name) && !m_parser.value(name).isEmpty())
        return true;
    context.err << m_usage << ": option --" << name << " is required\n";
    return false;
}

std::optional<model::ExchangeId> CliOptions::exchange(CliContext &context, const QString &name) const
{
    if (!require(context, name))
        return std::nullopt;
    const auto id = model::parseExchangeId(m_parser.value(name));
    if (!id)
        context.err << "option --" << name << ": unknown exchange '" << m_parser.value(name)
                    << "' (binance, bybit, okx, coinbase, kraken, kucoin, sim)\n";
    return id;
}

std::optional<model::Symbol> CliOptions::symbol(CliContext &context, const QString &name) const
{
    if (!require(context, name))
        return std::nullopt;
    QString why;
    const auto symbol = model::Symbol::parse(m_parser.value(name), &why);
    if (!symbol)
        context.err << "option --" << name << ": " << why << "\n";
    return symbol;
}

std::optional<model::Timeframe> CliOptions::timeframe(CliContext &context, const QString &name) const
{
    if (!require(context, name))
        return std::nullopt;
    const auto tf = model::Timeframe::parse(m_parser.value(name));
    if (!tf)
        context.err << "option --" << name << ": unknown timeframe '" << m_parser.value(name)
                    << "' (1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w)\n";
    return tf;
}

std::optional<QList<model::Timeframe>> CliOptions::timeframeList(CliContext &context, const QString &name) const
{
    QList<model::Timeframe> list;
    for (const QString &code : m_parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto tf = model::Timeframe::parse(code.trimmed());
        if (!tf) {
            context.err << "option --" << name << ": unknown timeframe '" << code << "'\n";
            return std::nullopt;
        }
        list.append(*tf);
    }
    return list;
}

std::optional<qint64> CliOptions::time(CliContext &context, const QString &name, qint64 fallback) const
{
    if (!m_parser.isSet(name))
        return fallback;
    const auto ms = parseTimeArgument(m_parser.value(name));
    if (!ms)
        context.err << "option --" << name << ": '" << m_parser.value(name)
                    << "' is neither UTC milliseconds nor an ISO-8601 time like 2024-03-01T12:00:00Z\n";
    return ms;
}

std::optional<qint64> parseTimeArgument(const QString &text)
{
    bool isNumber = false;
    const qint64 ms = text.toLongLong(&isNumber);
    if (isNumber)
        return ms;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // a time without offset is read as UTC: nothing depends on the machine's zone
    return time.toMSecsSinceEpoch();
}

} // namespace cl::cli
