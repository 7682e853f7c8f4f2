#include "symbolrepository.h"

#include "sqlconnection.h"
#include "sqlitestatement.h"

namespace cl::storage {

qint64 SymbolRepository::exchangeRowId(model::ExchangeId exchange)
{
    // exchanges.id is the ExchangeId plus one (0001_market_data.sql seeds them in enum order).
    return qint64(exchange) + 1;
}

std::optional<qint64> SymbolRepository::find(model::ExchangeId exchange, const model::Symbol &symbol, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(),
                       "SELECT id FROM symbols WHERE exchange_id = ?1 AND base = ?2 AND quote = ?3", error))
        return std::nullopt;
    query.bindInt64(1, exchangeRowId(exchange));
    query.bindText(2, symbol.base());
    query.bindText(3, symbol.quote());
    if (!query.step(error) || !query.hasRow())
        return std::nullopt;
    return query.columnInt64(0);
}

std::optional<qint64> SymbolRepository::ensure(model::ExchangeId exchange, const model::Symbol &symbol, QString *error)
{
    if (auto id = find(exchange, symbol, error))
        return id;
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(),
                        "INSERT INTO symbols (exchange_id, base, quote, native_symbol) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT (exchange_id, base, quote) DO NOTHING",
                        error))
        return std::nullopt;
    insert.bindInt64(1, exchangeRowId(exchange));
    insert.bindText(2, symbol.base());
    insert.bindText(3, symbol.quote());
    insert.bindText(4, symbol.nativeFor(exchange));
    if (!insert.step(error))
        return std::nullopt;
    return find(exchange, symbol, error);
}

QList<SymbolRecord> SymbolRepository::all(QString *error)
{
    QList<SymbolRecord> records;
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(),
                       "SELECT id, exchange_id, base, quote, native_symbol FROM symbols ORDER BY exchange_id, base, quote",
                       error))
        return records;
    while (query.step(error) && query.hasRow()) {
        const auto symbol = model::Symbol::parse(QString(query.columnText(2) + QLatin1Char('/') + query.columnText(3)));
        if (!symbol)
            continue;
        records.append(SymbolRecord{query.columnInt64(0), model::ExchangeId(query.columnInt64(1) - 1), *symbol, query.columnText(4)});
    }
    return records;
}

} // namespace cl::storage
