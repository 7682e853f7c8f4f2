#pragma once

#include "model/candle.h"
#include "model/timeframe.h"
#include "sqlitestatement.h"

#include <QString>

#include <functional>
#include <limits>
#include <span>

namespace cl::storage {

class SqlConnection;

// Closed candles in the candles table. Writes are upserts on the natural key, so replaying the same
// candles changes nothing; the caller owns the transaction.
class CandleRepository
{
public:
    struct UpsertCounts
    {
        qint64 changed = 0;   // inserted, or different from what was stored
        qint64 unchanged = 0; // identical row already stored
    };

    static constexpr qint64 kMinTime = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMaxTime = std::numeric_limits<qint64>::max();

    explicit CandleRepository(SqlConnection &connection) : m_connection(connection) {}

    bool upsert(qint64 symbolId, model::Timeframe timeframe, std::span<const model::Candle> candles,
                UpsertCounts *counts, QString *error);

    // Visits the candles with from <= open_time <= to in ascending time; the visitor returns false to stop.
    bool forEach(qint64 symbolId, model::Timeframe timeframe, qint64 from, qint64 to,
                 const std::function<bool(const model::Candle &)> &visit, QString *error);
    model::CandleSeries load(qint64 symbolId, model::Timeframe timeframe, qint64 from = kMinTime,
                             qint64 to = kMaxTime, QString *error = nullptr);
    // The newest `limit` candles, in ascending time (for views that show the recent end of a long history).
    model::CandleSeries loadNewest(qint64 symbolId, model::Timeframe timeframe, qint64 limit, QString *error = nullptr);
    // The newest `limit` candles with open_time < before, in ascending time (paging a chart back into history).
    model::CandleSeries loadNewestBefore(qint64 symbolId, model::Timeframe timeframe, qint64 before, qint64 limit,
                                         QString *error = nullptr);
    qint64 count(qint64 symbolId, model::Timeframe timeframe, QString *error = nullptr);

private:
    // Rows of a `ORDER BY open_time DESC` query, returned ascending.
    static model::CandleSeries readDescending(SqliteStatement &query, QString *error);

    SqlConnection &m_connection;
    SqliteStatement m_upsert;
};

} // namespace cl::storage
