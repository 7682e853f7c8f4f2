#include "candlerepository.h"

#include "sqlconnection.h"

#include <sqlite3.h>

#include <algorithm>

namespace cl::storage {

namespace {
// The WHERE clause turns an identical re-import into a no-op (sqlite3_changes() == 0), so the
// counts tell a person what an import really changed.
constexpr const char *kUpsertSql =
    "INSERT INTO candles (symbol_id, timeframe, open_time, open, high, low, close, volume) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (symbol_id, timeframe, open_time) DO UPDATE SET "
    "open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume "
    "WHERE (open, high, low, close, volume) IS NOT (excluded.open, excluded.high, excluded.low, excluded.close, excluded.volume)";
} // namespace

bool CandleRepository::upsert(qint64 symbolId, model::Timeframe timeframe, std::span<const model::Candle> candles,
                              UpsertCounts *counts, QString *error)
{
    if (!m_upsert.isPrepared() && !m_upsert.prepare(m_connection.handle(), kUpsertSql, error))
        return false;
    sqlite3 *db = m_connection.handle();
    m_upsert.bindInt64(1, symbolId);
    m_upsert.bindInt64(2, timeframe.minutes());
    for (const model::Candle &c : candles) {
        m_upsert.bindInt64(3, c.openTime);
        m_upsert.bindDouble(4, c.open);
        m_upsert.bindDouble(5, c.high);
        m_upsert.bindDouble(6, c.low);
        m_upsert.bindDouble(7, c.close);
        m_upsert.bindDouble(8, c.volume);
        if (!m_upsert.step(error))
            return false;
        if (counts)
            (sqlite3_changes(db) > 0 ? counts->changed : counts->unchanged) += 1;
        m_upsert.reset();
    }
    return true;
}

bool CandleRepository::forEach(qint64 symbolId, model::Timeframe timeframe, qint64 from, qint64 to,
                               const std::function<bool(const model::Candle &)> &visit, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(),
                       "SELECT open_time, open, high, low, close, volume FROM candles "
                       "WHERE symbol_id = ?1 AND timeframe = ?2 AND open_time BETWEEN ?3 AND ?4 ORDER BY open_time",
                       error))
        return false;
    query.bindInt64(1, symbolId);
    query.bindInt64(2, timeframe.minutes());
    query.bindInt64(3, from);
    query.bindInt64(4, to);
    QString stepError;
    while (query.step(&stepError) && query.hasRow()) {
        const model::Candle candle{query.columnInt64(0), query.columnDouble(1), query.columnDouble(2),
                                   query.columnDouble(3), query.columnDouble(4), query.columnDouble(5)};
        if (!visit(candle))
            return true;
    }
    if (!stepError.isEmpty()) {
        if (error)
            *error = stepError;
        return false;
    }
    return true;
}

model::CandleSeries CandleRepository::load(qint64 symbolId, model::Timeframe timeframe, qint64 from, qint64 to,
                                           QString *error)
{
    model::CandleSeries candles;
    forEach(symbolId, timeframe, from, to, [&](const model::Candle &c) { candles.push_back(c); return true; }, error);
    return candles;
}

model::CandleSeries CandleRepository::loadNewest(qint64 symbolId, model::Timeframe timeframe, qint64 limit, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(),
                       "SELECT open_time, open, high, low, close, volume FROM candles "
                       "WHERE symbol_id = ?1 AND timeframe = ?2 ORDER BY open_time DESC LIMIT ?3",
                       error))
        return {};
    query.bindInt64(1, symbolId);
    query.bindInt64(2, timeframe.minutes());
    query.bindInt64(3, limit);
    return readDescending(query, error);
}

model::CandleSeries CandleRepository::loadNewestBefore(qint64 symbolId, model::Timeframe timeframe, qint64 before,
                                                       qint64 limit, QString *error)
{
    // The primary key (symbol_id, timeframe, open_time) makes this a short backwards walk from `before`.
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(),
                       "SELECT open_time, open, high, low, close, volume FROM candles "
                       "WHERE symbol_id = ?1 AND timeframe = ?2 AND open_time < ?3 ORDER BY open_time DESC LIMIT ?4",
                       error))
        return {};
    query.bindInt64(1, symbolId);
    query.bindInt64(2, timeframe.minutes());
    query.bindInt64(3, before);
    query.bindInt64(4, limit);
    return readDescending(query, error);
}

model::CandleSeries CandleRepository::readDescending(SqliteStatement &query, QString *error)
{
    model::CandleSeries candles;
    while (query.step(error) && query.hasRow()) {
        candles.push_back({query.columnInt64(0), query.columnDouble(1), query.columnDouble(2), query.columnDouble(3),
                           query.columnDouble(4), query.columnDouble(5)});
    }
    std::reverse(candles.begin(), candles.end());
    return candles;
}

qint64 CandleRepository::count(qint64 symbolId, model::Timeframe timeframe, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(), "SELECT count(*) FROM candles WHERE symbol_id = ?1 AND timeframe = ?2",
                       error))
        return -1;
    query.bindInt64(1, symbolId);
    query.bindInt64(2, timeframe.minutes());
    if (!query.step(error) || !query.hasRow())
        return -1;
    return query.columnInt64(0);
}

} // namespace cl::storage
