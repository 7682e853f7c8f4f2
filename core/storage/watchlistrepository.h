#pragma once

#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cl::storage {

class SqlConnection;

// One symbol on a watchlist, with the group the user filed it under ("" = ungrouped).
struct WatchlistItem
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    QString group;
    int position = 0;

    friend bool operator==(const WatchlistItem &, const WatchlistItem &) = default;
};

// Rows of the watchlists and watchlist_items tables (0001_market_data.sql). A list is known by its
// unique name; symbols are added through SymbolRepository so a watched symbol always has an id.
class WatchlistRepository
{
public:
    explicit WatchlistRepository(SqlConnection &connection) : m_connection(connection) {}

    QStringList names(QString *error = nullptr);
    std::optional<qint64> ensureList(const QString &name, QString *error = nullptr);
    bool removeList(const QString &name, QString *error = nullptr);

    // In position order, then by exchange and symbol.
    QList<WatchlistItem> items(const QString &list, QString *error = nullptr);
    // Every watched symbol of every list, each (exchange, symbol) once: what the feeds subscribe.
    QList<WatchlistItem> allItems(QString *error = nullptr);

    // Adds the symbol (or moves it to `group` when it is already on the list).
    bool add(const QString &list, const WatchlistItem &item, QString *error = nullptr);
    bool remove(const QString &list, model::ExchangeId exchange, const model::Symbol &symbol, QString *error = nullptr);
    // Replaces the list's contents with `items` in the given order, in one transaction.
    bool replace(const QString &list, const QList<WatchlistItem> &items, QString *error = nullptr);
    // The same inside the caller's transaction (a StorageWriter job runs in one).
    bool replaceItems(const QString &list, const QList<WatchlistItem> &items, QString *error = nullptr);

private:
    QList<WatchlistItem> query(const char *sql, const QString *list, QString *error);

    SqlConnection &m_connection;
};

} // namespace cl::storage
