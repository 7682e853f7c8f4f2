#include "candleimporter.h"

#include "candlerepository.h"
#include "sqlconnection.h"
#include "symbolrepository.h"

#include <QFile>

namespace cl::storage {

namespace {
constexpr size_t kRowsPerUpsert = 8192;
}

CandleImporter::Report CandleImporter::importFile(const QString &path, const Options &options,
                                                  const ProblemSink &onProblem)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatalError = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return report;
    }
    candles::CandleCsvReader reader(file, options.timeframe);
    candles::CsvProblem problem;
    if (reader.readHeader(&problem) != candles::CandleCsvReader::Result::Row) {
        report.fatalError = QStringLiteral("%1:%2: %3").arg(path).arg(problem.line).arg(problem.reason);
        return report;
    }

    QString error;
    if (!m_connection.exec("BEGIN IMMEDIATE", &error)) {
        report.fatalError = QStringLiteral("cannot start the import transaction: %1").arg(error);
        return report;
    }
    auto abort = [&](const QString &why) {
        QString ignored;
        m_connection.exec("ROLLBACK", &ignored);
        report.fatalError = why;
        return report;
    };

    SymbolRepository symbols(m_connection);
    const auto symbolId = symbols.ensure(options.exchange, options.symbol, &error);
    if (!symbolId)
        return abort(QStringLiteral("cannot register symbol %1: %2").arg(options.symbol.toString(), error));

    CandleRepository candles(m_connection);
    CandleRepository::UpsertCounts counts;
    model::CandleSeries pending;
    pending.reserve(kRowsPerUpsert);
    auto writePending = [&] {
        const bool ok = candles.upsert(*symbolId, options.timeframe, pending, &counts, &error);
        pending.clear();
        return ok;
    };

    model::Candle candle;
    while (true) {
        const auto result = reader.next(&candle, &problem);
        if (result == candles::CandleCsvReader::Result::End)
            break;
        if (result == candles::CandleCsvReader::Result::Error)
            return abort(QStringLiteral("%1:%2: %3").arg(path).arg(problem.line).arg(problem.reason));
        ++report.rowsRead;
        if (result == candles::CandleCsvReader::Result::Invalid) {
            ++report.rowsInvalid;
            onProblem(problem);
            continue;
        }
        ++report.rowsValid;
        // After the first bad row an all-or-nothing import only keeps checking; nothing more is written.
        if (report.rowsInvalid > 0 && !options.skipInvalid)
            continue;
        pending.push_back(candle);
        if (pending.size() == kRowsPerUpsert && !writePending())
            return abort(QStringLiteral("database error while importing %1: %2").arg(path, error));
    }
    if (report.rowsInvalid > 0 && !options.skipInvalid) {
        QString ignored;
        m_connection.exec("ROLLBACK", &ignored);
        return report;
    }
    if (!pending.empty() && !writePending())
        return abort(QStringLiteral("database error while importing %1: %2").arg(path, error));
    if (!m_connection.exec("COMMIT", &error))
        return abort(QStringLiteral("cannot commit the import: %1").arg(error));
    report.changed = counts.changed;
    report.unchanged = counts.unchanged;
    report.committed = true;
    return report;
}

} // namespace cl::storage
