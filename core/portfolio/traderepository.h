#pragma once

#include "trade.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// Rows of trades, fills and trade_tags. The trade's summary columns (entry/exit time and price, quantity,
// risk amount) are written from its fills, so SQL readers and the fills always agree.
class TradeRepository
{
public:
    explicit TradeRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    // Inserts the trade with its fills and tags (tags are created by name when missing). Returns the id.
    // The caller owns the transaction when several trades go in together.
    std::optional<qint64> insert(const Trade &trade, QString *error);
    // Adds a fill (a partial exit, a scale-in, a close at market) and refreshes the summary and the status.
    bool addFill(qint64 tradeId, const Fill &fill, QString *error);
    bool remove(qint64 tradeId, QString *error);
    // Writes the trade's own columns (symbol, direction, fees, stop, target, risk %, links, pattern, timeframe)
    // and tags; the fills stay as stored. For the trade dialog's edit.
    bool update(const Trade &trade, QString *error);
    // Pending -> cancelled (a paper entry cancelled before it filled) and the like; fills decide open/closed.
    bool setStatus(qint64 tradeId, TradeStatus status, QString *error);

    std::vector<Trade> load(qint64 portfolioId, QString *error = nullptr);
    std::optional<Trade> find(qint64 tradeId, QString *error = nullptr);
    QSet<QString> externalIds(qint64 portfolioId, QString *error = nullptr);

private:
    bool writeSummary(const Trade &trade, qint64 tradeId, QString *error);
    bool insertFill(qint64 tradeId, const Fill &fill, QString *error);
    std::vector<Trade> query(const char *where, qint64 key, QString *error);

    storage::SqlConnection &m_connection;
};

} // namespace cl::portfolio
