#pragma once

#include "market/adaptertypes.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "storage/watchlistrepository.h"

#include <QDockWidget>
#include <QHash>
#include <QStringList>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTreeWidget;

namespace cl::storage {
class StorageWriter;
}

namespace cl::ui {

// The watchlist: symbols per exchange, filed in groups. A symbol is checked with model::Symbol::parse
// and, once the exchange's symbol list is known (setExchangeSymbols), against that list too; before
// that (offline) any valid BASE/QUOTE is accepted. Every change is stored in the watchlists tables on a
// pool thread, and watchlistChanged tells the feeds which symbols of an exchange to stream.
class WatchlistDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultList = "Default";

    explicit WatchlistDock(QWidget *parent = nullptr);

    // Loads the list from the database (pool thread); `loaded` follows.
    void setDatabase(const QString &path);
    // Stores changes through the application's single writer (DESIGN.md); without one the dock writes
    // through its own short-lived connection on a pool thread (tests, tools).
    void setWriter(storage::StorageWriter *writer);
    QList<storage::WatchlistItem> items() const { return m_items; }
    QStringList symbolsOf(model::ExchangeId exchange) const;

    // Adds a symbol; returns false with *error saying why it was refused.
    bool addSymbol(model::ExchangeId exchange, const QString &text, const QString &group, QString *error = nullptr);
    bool removeSymbol(model::ExchangeId exchange, const model::Symbol &symbol);

public slots:
    // The exchange's tradable symbols ("BTC/USDT"), for the search and the validation.
    void setExchangeSymbols(cl::model::ExchangeId exchange, const QStringList &symbols);
    // The same from an adapter's parseSymbolList answer; only symbols that trade are offered.
    void setExchangeSymbolList(cl::model::ExchangeId exchange, const cl::market::SymbolList &list);

signals:
    void watchlistChanged(cl::model::ExchangeId exchange, const QStringList &symbols);
    // The search has no symbol list of this exchange yet; the lead fetches it (adapter symbolListRequest).
    void symbolListWanted(cl::model::ExchangeId exchange);
    void symbolActivated(const QString &exchange, const QString &symbol);
    void loaded(int count);
    void saved(bool ok, const QString &error);

private:
    model::ExchangeId currentExchange() const;
    void onAddClicked();
    void onRemoveClicked();
    void rebuildTree();
    void persist();
    void announce(model::ExchangeId exchange);
    void updateCompleter();

    QComboBox *m_exchange;
    QLineEdit *m_input;
    QComboBox *m_group;
    QLabel *m_message;
    QTreeWidget *m_tree;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QHash<int, QStringList> m_exchangeSymbols; // by int(ExchangeId)
    QList<storage::WatchlistItem> m_items;
    QString m_path;
    storage::StorageWriter *m_writer = nullptr;
    quint64 m_pendingTicket = 0;
};

} // namespace cl::ui
