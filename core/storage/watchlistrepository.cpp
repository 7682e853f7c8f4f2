#include "watchlistrepository.h"

#include "sqlconnection.h"
#include "sqlitestatement.h"
#include "symbolrepository.h"

namespace cl::storage {

QStringList WatchlistRepository::names(QString *error)
{
    QStringList result;
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(), "SELECT name FROM watchlists ORDER BY position, name", error))
        return result;
    while (query.step(error) && query.hasRow())
        result.append(query.columnText(0));
    return result;
}

std::optional<qint64> WatchlistRepository::ensureList(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("watchlist name is empty");
        return std::nullopt;
    }
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(),
                        "INSERT INTO watchlists (name, position) "
                        "VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM watchlists)) "
                        "ON CONFLICT (name) DO NOTHING",
                        error))
        return std::nullopt;
    insert.bindText(1, name);
    if (!insert.step(error))
        return std::nullopt;
    SqliteStatement find;
    if (!find.prepare(m_connection.handle(), "SELECT id FROM watchlists WHERE name = ?1", error))
        return std::nullopt;
    find.bindText(1, name);
    if (!find.step(error) || !find.hasRow())
        return std::nullopt;
    return find.columnInt64(0);
}

bool WatchlistRepository::removeList(const QString &name, QString *error)
{
    SqliteStatement statement;
    if (!statement.prepare(m_connection.handle(),
                           "DELETE FROM watchlist_items WHERE watchlist_id = (SELECT id FROM watchlists WHERE name = ?1)",
                           error))
        return false;
    statement.bindText(1, name);
    if (!statement.step(error))
        return false;
    SqliteStatement list;
    if (!list.prepare(m_connection.handle(), "DELETE FROM watchlists WHERE name = ?1", error))
        return false;
    list.bindText(1, name);
    return list.step(error);
}

QList<WatchlistItem> WatchlistRepository::query(const char *sql, const QString *list, QString *error)
{
    QList<WatchlistItem> result;
    SqliteStatement query;
    if (!query.prepare(m_connection.handle(), sql, error))
        return result;
    if (list)
        query.bindText(1, *list);
    while (query.step(error) && query.hasRow()) {
        const auto symbol = model::Symbol::parse(QString(query.columnText(1) + QLatin1Char('/') + query.columnText(2)));
        const qint64 exchange = query.columnInt64(0) - 1;
        if (!symbol || exchange < 0 || exchange >= model::kExchangeCount)
            continue; // a row written by something else; the symbols table is the authority
        result.append(WatchlistItem{model::ExchangeId(exchange), *symbol, query.columnText(3), int(query.columnInt64(4))});
    }
    return result;
}

QList<WatchlistItem> WatchlistRepository::items(const QString &list, QString *error)
{
    return query("SELECT s.exchange_id, s.base, s.quote, i.group_name, i.position FROM watchlist_items i "
                 "JOIN watchlists w ON w.id = i.watchlist_id JOIN symbols s ON s.id = i.symbol_id "
                 "WHERE w.name = ?1 ORDER BY i.position, s.exchange_id, s.base, s.quote",
                 &list, error);
}

QList<WatchlistItem> WatchlistRepository::allItems(QString *error)
{
    return query("SELECT s.exchange_id, s.base, s.quote, MIN(i.group_name), MIN(i.position) FROM watchlist_items i "
                 "JOIN symbols s ON s.id = i.symbol_id GROUP BY s.id ORDER BY s.exchange_id, s.base, s.quote",
                 nullptr, error);
}

bool WatchlistRepository::add(const QString &list, const WatchlistItem &item, QString *error)
{
    const auto listId = ensureList(list, error);
    if (!listId)
        return false;
    const auto symbolId = SymbolRepository(m_connection).ensure(item.exchange, item.symbol, error);
    if (!symbolId)
        return false;
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(),
                        "INSERT INTO watchlist_items (watchlist_id, symbol_id, group_name, position) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT (watchlist_id, symbol_id) DO UPDATE SET group_name = excluded.group_name, "
                        "position = excluded.position",
                        error))
        return false;
    insert.bindInt64(1, *listId);
    insert.bindInt64(2, *symbolId);
    insert.bindText(3, item.group);
    insert.bindInt64(4, item.position);
    return insert.step(error);
}

bool WatchlistRepository::remove(const QString &list, model::ExchangeId exchange, const model::Symbol &symbol, QString *error)
{
    SqliteStatement statement;
    if (!statement.prepare(m_connection.handle(),
                           "DELETE FROM watchlist_items WHERE watchlist_id = (SELECT id FROM watchlists WHERE name = ?1) "
                           "AND symbol_id = (SELECT id FROM symbols WHERE exchange_id = ?2 AND base = ?3 AND quote = ?4)",
                           error))
        return false;
    statement.bindText(1, list);
    statement.bindInt64(2, SymbolRepository::exchangeRowId(exchange));
    statement.bindText(3, symbol.base());
    statement.bindText(4, symbol.quote());
    return statement.step(error);
}

bool WatchlistRepository::replace(const QString &list, const QList<WatchlistItem> &items, QString *error)
{
    if (!m_connection.exec("BEGIN IMMEDIATE", error))
        return false;
    if (!replaceItems(list, items, error)) {
        QString ignored;
        m_connection.exec("ROLLBACK", &ignored);
        return false;
    }
    return m_connection.exec("COMMIT", error);
}

bool WatchlistRepository::replaceItems(const QString &list, const QList<WatchlistItem> &items, QString *error)
{
    if (!ensureList(list, error))
        return false;
    SqliteStatement clear;
    if (!clear.prepare(m_connection.handle(),
                       "DELETE FROM watchlist_items WHERE watchlist_id = (SELECT id FROM watchlists WHERE name = ?1)", error))
        return false;
    clear.bindText(1, list);
    if (!clear.step(error))
        return false;
    for (int i = 0; i < items.size(); ++i) {
        WatchlistItem item = items[i];
        item.position = i;
        if (!add(list, item, error))
            return false;
    }
    return true;
}

} // namespace cl::storage
