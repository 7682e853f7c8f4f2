#include "tradeimporter.h"

#include "binancetradereader.h"
#include "tradecsvreader.h"
#include "traderepository.h"

#include "storage/sqlconnection.h"

#include <QFile>

namespace cl::portfolio {

std::optional<TradeImporter::Format> TradeImporter::parseFormat(QStringView text)
{
    if (text == u"ours" || text == u"csv")
        return Format::Ours;
    if (text == u"binance")
        return Format::Binance;
    return std::nullopt;
}

TradeImporter::Report TradeImporter::importFile(const QString &path, const Options &options, const ProblemSink &onProblem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report report;
        report.fatalError = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return report;
    }
    TradeParseResult parsed = options.format == Format::Binance ? BinanceTradeReader::read(file) : TradeCsvReader::read(file);
    if (!parsed.fatalError.isEmpty()) {
        Report report;
        report.rowsRead = parsed.rowsRead;
        report.fatalError = QStringLiteral("%1:%2: %3").arg(path).arg(parsed.fatalLine).arg(parsed.fatalError);
        return report;
    }
    return store(std::move(parsed), options, onProblem);
}

TradeImporter::Report TradeImporter::store(TradeParseResult parsed, const Options &options, const ProblemSink &onProblem)
{
    Report report;
    report.rowsRead = parsed.rowsRead;
    report.rowsInvalid = parsed.rowsInvalid;
    report.tradesValid = qint64(parsed.trades.size());
    for (const ImportProblem &p : parsed.problems) {
        if (p.warning)
            ++report.warnings;
        if (onProblem)
            onProblem(p);
    }
    if (report.rowsInvalid > 0 && !options.skipInvalid)
        return report;

    QString error;
    TradeRepository trades(m_connection);
    const QSet<QString> stored = trades.externalIds(options.portfolioId, &error);
    if (!error.isEmpty()) {
        report.fatalError = error;
        return report;
    }
    if (!m_connection.exec("BEGIN IMMEDIATE", &error)) {
        report.fatalError = QStringLiteral("cannot start the import transaction: %1").arg(error);
        return report;
    }
    for (ParsedTrade &p : parsed.trades) {
        if (stored.contains(p.trade.externalId)) {
            ++report.alreadyStored;
            continue;
        }
        p.trade.portfolioId = options.portfolioId;
        if (p.trade.exchange.isEmpty())
            p.trade.exchange = options.exchange;
        if (!trades.insert(p.trade, &error)) {
            QString ignored;
            m_connection.exec("ROLLBACK", &ignored);
            report.fatalError = QStringLiteral("line %1: cannot store trade %2: %3").arg(p.line).arg(p.trade.externalId, error);
            report.imported = 0;
            return report;
        }
        ++report.imported;
    }
    if (!m_connection.exec("COMMIT", &error)) {
        QString ignored;
        m_connection.exec("ROLLBACK", &ignored);
        report.fatalError = QStringLiteral("cannot commit the import: %1").arg(error);
        report.imported = 0;
        return report;
    }
    report.committed = true;
    return report;
}

} // namespace cl::portfolio
