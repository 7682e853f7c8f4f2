#pragma once

#include "tradeimportresult.h"

#include <QString>

#include <functional>

namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// `trades import`: reads a trade file, then stores it in one transaction. All-or-nothing by default (any
// invalid row: nothing is stored, every bad row is reported); with skipInvalid the valid trades are kept.
// Idempotent by id: a trade whose id the portfolio already has is skipped.
class TradeImporter
{
public:
    enum class Format { Ours, Binance };

    struct Options
    {
        qint64 portfolioId = 0;
        Format format = Format::Ours;
        bool skipInvalid = false;
        // Where the trades were made, for trades whose file does not say (our CSV has no exchange column; a
        // Binance export is binance). Empty: unknown.
        QString exchange;
    };

    struct Report
    {
        qint64 rowsRead = 0;
        qint64 rowsInvalid = 0;
        qint64 warnings = 0;
        qint64 tradesValid = 0;
        qint64 imported = 0;
        qint64 alreadyStored = 0;
        bool committed = false;
        QString fatalError;    // "FILE:LINE: why" for a bad header, or an I/O or database failure
    };

    using ProblemSink = std::function<void(const ImportProblem &)>;

    explicit TradeImporter(storage::SqlConnection &connection) : m_connection(connection) {}

    Report importFile(const QString &path, const Options &options, const ProblemSink &onProblem);
    // The same for parsed trades (tests, the GUI's paste import).
    Report store(TradeParseResult parsed, const Options &options, const ProblemSink &onProblem);

    static std::optional<Format> parseFormat(QStringView text);

private:
    storage::SqlConnection &m_connection;
};

} // namespace cl::portfolio
