#pragma once

#include "model/pattern.h"
#include "model/timeframe.h"

#include <QString>
#include <optional>
#include <span>

namespace cl::storage {
class SqlConnection;
}

namespace cl::analysis {

// Rows of the patterns table. Writes are upserts on the natural key (symbol, timeframe, type, detected_at),
// so storing the same detection twice adds nothing; a later status or fill replaces the stored one.
// The caller owns the transaction (the StorageWriter's jobs run inside one).
class PatternRepository
{
public:
    struct UpsertCounts
    {
        qint64 inserted = 0;
        qint64 updated = 0; // stored before, status/fill/levels now different
        qint64 unchanged = 0;
    };

    explicit PatternRepository(storage::SqlConnection &connection)
        : m_connection(connection)
    {
    }

    bool upsert(qint64 symbolId, std::span<const model::Pattern> patterns, UpsertCounts *counts, QString *error);

    // In detection order (detected_at, then type). activeOnly: status = 'active'.
    model::PatternList load(
        qint64 symbolId, std::optional<model::Timeframe> timeframe, bool activeOnly, QString *error = nullptr);
    // One pattern of the symbol by its natural key (a matrix or signal click names it); nullopt when absent.
    std::optional<model::Pattern> find(qint64 symbolId, const model::PatternKey &key, QString *error = nullptr);
    // Highest detected_at among the active ones; of two on one candle the later detector (sweep, OB, FVG).
    std::optional<model::Pattern> newestActive(qint64 symbolId, model::Timeframe timeframe, QString *error = nullptr);
    qint64 count(qint64 symbolId, QString *error = nullptr);
    // Housekeeping of spec/patterns.md: expired patterns go 30 days after detection. Returns rows deleted.
    qint64 purgeExpired(qint64 nowMs, qint64 keepMs = 30LL * 86'400'000, QString *error = nullptr);

private:
    storage::SqlConnection &m_connection;
};

} // namespace cl::analysis
