#pragma once

#include "model/signal.h"

#include <QString>
#include <optional>

namespace cl::storage {
class SqlConnection;
}

namespace cl::analysis {

// Rows of the signals table, unique on (symbol, direction, created_at): storing a signal twice keeps one.
// The source pattern is resolved by its natural key, so a signal can be stored in the same transaction
// as the pattern it came from.
class SignalRepository
{
public:
    explicit SignalRepository(storage::SqlConnection &connection)
        : m_connection(connection)
    {
    }

    // Returns the row id (the existing one when the signal was stored before).
    std::optional<qint64> insert(qint64 symbolId, const model::Signal &signal, QString *error);
    bool updateStatus(qint64 symbolId, const model::Signal &signal, QString *error);
    std::optional<qint64> latestCreatedAt(qint64 symbolId, model::Direction direction, QString *error = nullptr);
    // A signal as the analysis announced it has no row ids yet (the writer stores it after): fills signal.id
    // and sourcePatternId from the stored rows by their natural keys. False when the signal is not stored
    // (yet); the source pattern's id is filled whenever that pattern is.
    bool resolveIds(qint64 symbolId, model::Signal &signal, QString *error = nullptr);

    // Newest first. symbolId 0: every symbol. Only signals with created_at >= since.
    model::SignalList list(qint64 symbolId, qint64 since, QString *error = nullptr);
    // pending, notified or filled: the ones later candles can still move.
    model::SignalList open(qint64 symbolId, QString *error = nullptr);
    // Every signal of the symbol created at or after `since` (for the cooldown after a restart).
    model::SignalList recent(qint64 symbolId, qint64 since, QString *error = nullptr);

private:
    std::optional<qint64> findId(qint64 symbolId, const model::Signal &signal, QString *error);
    model::SignalList query(const char *where, qint64 symbolId, qint64 since, QString *error);

    storage::SqlConnection &m_connection;
};

} // namespace cl::analysis
