#include "rawtraderepository.h"

#include "sqlconnection.h"

#include <sqlite3.h>

namespace cl::storage {

namespace {
constexpr const char *kInsertSql =
    "INSERT INTO raw_trades (symbol_id, trade_id, ts, price, size, side) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (symbol_id, trade_id) DO NOTHING";
}

QString RawTradeRepository::keyOf(const model::Trade &trade)
{
    if (!trade.id.isEmpty())
        return trade.id;
    // Marked so it can never collide with a real id (no exchange id contains '~').
    return QStringLiteral("~%1~%2~%3~%4")
        .arg(trade.timestamp)
        .arg(trade.price, 0, 'g', 17)
        .arg(trade.size, 0, 'g', 17)
        .arg(int(trade.side));
}

bool RawTradeRepository::insert(qint64 symbolId, std::span<const model::Trade> trades, qint64 *inserted,
                                QString *error)
{
    if (!m_insert.isPrepared() && !m_insert.prepare(m_connection.handle(), kInsertSql, error))
        return false;
    sqlite3 *db = m_connection.handle();
    qint64 added = 0;
    m_insert.bindInt64(1, symbolId);
    for (const model::Trade &trade : trades) {
        m_insert.bindText(2, keyOf(trade));
        m_insert.bindInt64(3, trade.timestamp);
        m_insert.bindDouble(4, trade.price);
        m_insert.bindDouble(5, trade.size);
        m_insert.bindInt64(6, int(trade.side));
        if (!m_insert.step(error))
            return false;
        added += sqlite3_changes(db);
        m_insert.reset();
    }
    if (inserted)
        *inserted = added;
    return true;
}

bool RawTradeRepository::purgeOlderThan(qint64 cutoffMs, qint64 *deleted, QString *error)
{
    SqliteStatement purge;
    if (!purge.prepare(m_connection.handle(), "DELETE FROM raw_trades WHERE ts < ?1", error))
        return false;
    purge.bindInt64(1, cutoffMs);
    if (!purge.step(error))
        return false;
    if (deleted)
        *deleted = sqlite3_changes(m_connection.handle());
    return true;
}

model::TradeBatch RawTradeRepository::load(qint64 symbolId, qint64 from, qint64 to, QString *error)
{
    model::TradeBatch trades;
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(),
                       "SELECT trade_id, ts, price, size, side FROM raw_trades WHERE symbol_id = ?1 AND ts BETWEEN ?2 "
                       "AND ?3 ORDER BY ts, trade_id",
                       error))
        return trades;
    query.bindInt64(1, symbolId);
    query.bindInt64(2, from);
    query.bindInt64(3, to);
    while (query.step(error) && query.hasRow()) {
        model::Trade trade;
        trade.id = query.columnText(0);
        if (trade.id.startsWith(QLatin1Char('~')))
            trade.id.clear();
        trade.timestamp = query.columnInt64(1);
        trade.price = query.columnDouble(2);
        trade.size = query.columnDouble(3);
        const qint64 side = query.columnInt64(4);
        trade.side = side == 1 ? model::TakerSide::Buy : side == 2 ? model::TakerSide::Sell : model::TakerSide::Unknown;
        trades.push_back(std::move(trade));
    }
    return trades;
}

qint64 RawTradeRepository::count(qint64 symbolId, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(), "SELECT COUNT(*) FROM raw_trades WHERE symbol_id = ?1", error))
        return -1;
    query.bindInt64(1, symbolId);
    if (!query.step(error) || !query.hasRow())
        return -1;
    return query.columnInt64(0);
}

StorageWriter::Job RawTradeRepository::insertJob(model::ExchangeId exchange, model::Symbol symbol,
                                                 model::TradeBatch trades)
{
    return [exchange, symbol = std::move(symbol), trades = std::move(trades)](WriteContext &context, QString *error) {
        const std::optional<qint64> id = context.symbols.ensure(exchange, symbol, error);
        if (!id)
            return false;
        RawTradeRepository repository(context.connection);
        return repository.insert(*id, trades, nullptr, error);
    };
}

StorageWriter::Job RawTradeRepository::purgeJob(qint64 cutoffMs)
{
    return [cutoffMs](WriteContext &context, QString *error) {
        RawTradeRepository repository(context.connection);
        return repository.purgeOlderThan(cutoffMs, nullptr, error);
    };
}

} // namespace cl::storage
