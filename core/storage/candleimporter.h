#pragma once

#include "candles/candlecsvreader.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <QString>

#include <functional>

namespace cl::storage {

class SqlConnection;

// Imports a candle CSV into the candles table in one transaction, streaming the file. All-or-nothing by
// default: the first invalid row stops the writing (the rest is still checked so every bad row is reported)
// and the transaction is rolled back. With skipInvalid the valid rows are kept. A kill at any point leaves
// the database with all or none of the import, since the rows only become visible at COMMIT.
class CandleImporter
{
public:
    struct Options
    {
        model::ExchangeId exchange = model::ExchangeId::Binance;
        model::Symbol symbol;
        model::Timeframe timeframe;
        bool skipInvalid = false;
    };

    struct Report
    {
        qint64 rowsRead = 0;
        qint64 rowsValid = 0;
        qint64 rowsInvalid = 0;
        qint64 changed = 0;    // inserted or updated
        qint64 unchanged = 0;  // already stored as they are
        bool committed = false;
        QString fatalError;    // header, I/O or database failure
    };

    using ProblemSink = std::function<void(const candles::CsvProblem &)>;

    explicit CandleImporter(SqlConnection &connection) : m_connection(connection) {}

    Report importFile(const QString &path, const Options &options, const ProblemSink &onProblem);

private:
    SqlConnection &m_connection;
};

} // namespace cl::storage
