#pragma once

#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/trade.h"
#include "sqlitestatement.h"
#include "storagewriter.h"

#include <QString>

#include <limits>
#include <span>

namespace cl::storage {

class SqlConnection;

// The raw_trades table (migration 0005): trades of the symbols that record them, kept for a retention window.
// Inserts are idempotent on (exchange, symbol, trade id): a trade sent twice is stored once. A trade without an
// id is keyed by its timestamp, price, size and side. The caller owns the transaction; the live pipeline goes
// through insertJob()/purgeJob() on the StorageWriter.
class RawTradeRepository
{
public:
    static constexpr qint64 kDefaultRetentionMs = 7LL * 24 * 3600 * 1000;

    explicit RawTradeRepository(SqlConnection &connection) : m_connection(connection) {}

    // *inserted counts new rows (duplicates are ignored).
    bool insert(qint64 symbolId, std::span<const model::Trade> trades, qint64 *inserted, QString *error);
    // Deletes every trade with ts < cutoffMs.
    bool purgeOlderThan(qint64 cutoffMs, qint64 *deleted, QString *error);
    // Ascending by (ts, trade id).
    model::TradeBatch load(qint64 symbolId, qint64 from = std::numeric_limits<qint64>::min(),
                           qint64 to = std::numeric_limits<qint64>::max(), QString *error = nullptr);
    qint64 count(qint64 symbolId, QString *error = nullptr);

    static QString keyOf(const model::Trade &trade);

    static StorageWriter::Job insertJob(model::ExchangeId exchange, model::Symbol symbol, model::TradeBatch trades);
    static StorageWriter::Job purgeJob(qint64 cutoffMs);

private:
    SqlConnection &m_connection;
    SqliteStatement m_insert;
};

} // namespace cl::storage
