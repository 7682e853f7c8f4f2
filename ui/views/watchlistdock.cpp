#include "watchlistdock.h"

#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "theme/icons.h"

#include <QComboBox>
#include <QCompleter>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QtConcurrent>

namespace cl::ui {

namespace {
constexpr int kExchangeRole = Qt::UserRole + 1;

struct WatchlistLoad
{
    QList<storage::WatchlistItem> items;
    QString error;
};
} // namespace

WatchlistDock::WatchlistDock(QWidget *parent)
    : QDockWidget(tr("Watchlist"), parent), m_exchange(new QComboBox), m_input(new QLineEdit), m_group(new QComboBox),
      m_message(new QLabel), m_tree(new QTreeWidget), m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("watchlistDock"));
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(4, 4, 4, 4);
    m_exchange->setObjectName(QStringLiteral("watchlistExchange"));
    for (const model::ExchangeId id : model::allExchangeIds())
        m_exchange->addItem(model::exchangeDisplayName(id), int(id));
    m_input->setObjectName(QStringLiteral("watchlistInput"));
    m_input->setPlaceholderText(tr("Symbol, e.g. BTC/USDT"));
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_group->setObjectName(QStringLiteral("watchlistGroup"));
    m_group->setEditable(true);
    m_group->lineEdit()->setPlaceholderText(tr("Group"));
    auto *add = new QToolButton(content);
    add->setObjectName(QStringLiteral("watchlistAdd"));
    add->setIcon(Icons::icon(QStringLiteral("add")));
    add->setToolTip(tr("Add the symbol to the watchlist"));
    auto *remove = new QToolButton(content);
    remove->setObjectName(QStringLiteral("watchlistRemove"));
    remove->setIcon(Icons::icon(QStringLiteral("remove")));
    remove->setToolTip(tr("Remove the selected symbol"));
    m_message->setObjectName(QStringLiteral("watchlistMessage"));
    m_message->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("watchlistTree"));
    m_tree->setHeaderLabels({tr("Symbol"), tr("Exchange")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 130);
    m_tree->setRootIsDecorated(true);

    grid->addWidget(m_exchange, 0, 0, 1, 2);
    grid->addWidget(m_group, 0, 2, 1, 2);
    grid->addWidget(m_input, 1, 0, 1, 2);
    grid->addWidget(add, 1, 2);
    grid->addWidget(remove, 1, 3);
    grid->addWidget(m_message, 2, 0, 1, 4);
    grid->addWidget(m_tree, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    setWidget(content);

    connect(add, &QToolButton::clicked, this, &WatchlistDock::onAddClicked);
    connect(m_input, &QLineEdit::returnPressed, this, &WatchlistDock::onAddClicked);
    connect(remove, &QToolButton::clicked, this, &WatchlistDock::onRemoveClicked);
    connect(m_exchange, &QComboBox::currentIndexChanged, this, [this] {
        updateCompleter();
        if (!m_exchangeSymbols.contains(int(currentExchange())))
            emit symbolListWanted(currentExchange());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            emit symbolActivated(model::exchangeIdToString(model::ExchangeId(item->data(0, kExchangeRole).toInt())), item->text(0));
    });
}

model::ExchangeId WatchlistDock::currentExchange() const
{
    return model::ExchangeId(m_exchange->currentData().toInt());
}

void WatchlistDock::setExchangeSymbols(model::ExchangeId exchange, const QStringList &symbols)
{
    QStringList sorted = symbols;
    sorted.sort();
    m_exchangeSymbols.insert(int(exchange), sorted);
    if (exchange == currentExchange())
        updateCompleter();
}

void WatchlistDock::setExchangeSymbolList(model::ExchangeId exchange, const market::SymbolList &list)
{
    if (!list.ok)
        return; // keep accepting any valid symbol rather than refusing everything
    QStringList symbols;
    for (const market::ListedSymbol &listed : list.symbols) {
        if (listed.trading)
            symbols.append(listed.symbol.toString());
    }
    setExchangeSymbols(exchange, symbols);
}

void WatchlistDock::updateCompleter()
{
    m_completions->setStringList(m_exchangeSymbols.value(int(currentExchange())));
}

QStringList WatchlistDock::symbolsOf(model::ExchangeId exchange) const
{
    QStringList result;
    for (const auto &item : m_items) {
        if (item.exchange == exchange)
            result.append(item.symbol.toString());
    }
    return result;
}

bool WatchlistDock::addSymbol(model::ExchangeId exchange, const QString &text, const QString &group, QString *error)
{
    QString reason;
    const auto symbol = model::Symbol::parse(text.trimmed().toUpper(), &reason);
    QString message;
    if (!symbol) {
        message = tr("\"%1\" is not a valid symbol: %2").arg(text, reason);
    } else if (m_exchangeSymbols.contains(int(exchange)) && !m_exchangeSymbols.value(int(exchange)).contains(symbol->toString())) {
        message = tr("%1 does not list %2").arg(model::exchangeDisplayName(exchange), symbol->toString());
    } else {
        for (const auto &item : m_items) {
            if (item.exchange == exchange && item.symbol == *symbol && item.group == group.trimmed())
                message = tr("%1 is already on the watchlist").arg(symbol->toString());
        }
    }
    if (!message.isEmpty()) {
        m_message->setText(message);
        if (error)
            *error = message;
        return false;
    }
    bool moved = false;
    for (auto &item : m_items) {
        if (item.exchange == exchange && item.symbol == *symbol) {
            item.group = group.trimmed(); // one place per symbol: adding again moves it to the group
            moved = true;
        }
    }
    if (!moved)
        m_items.append(storage::WatchlistItem{exchange, *symbol, group.trimmed(), int(m_items.size())});
    m_message->clear();
    rebuildTree();
    persist();
    if (!moved)
        announce(exchange);
    return true;
}

bool WatchlistDock::removeSymbol(model::ExchangeId exchange, const model::Symbol &symbol)
{
    const auto removed = m_items.removeIf([&](const storage::WatchlistItem &item) {
        return item.exchange == exchange && item.symbol == symbol;
    });
    if (removed == 0)
        return false;
    rebuildTree();
    persist();
    announce(exchange);
    return true;
}

void WatchlistDock::onAddClicked()
{
    if (addSymbol(currentExchange(), m_input->text(), m_group->currentText()))
        m_input->clear();
}

void WatchlistDock::onRemoveClicked()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return;
    if (const auto symbol = model::Symbol::parse(item->text(0)))
        removeSymbol(model::ExchangeId(item->data(0, kExchangeRole).toInt()), *symbol);
}

void WatchlistDock::rebuildTree()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    QStringList groupNames;
    for (const auto &item : m_items) {
        QTreeWidgetItem *&groupItem = groups[item.group];
        if (!groupItem) {
            groupItem = new QTreeWidgetItem(m_tree, {item.group.isEmpty() ? tr("Ungrouped") : item.group});
            groupItem->setFirstColumnSpanned(true);
            groupItem->setExpanded(true);
            groupNames.append(item.group);
        }
        auto *child = new QTreeWidgetItem(groupItem, {item.symbol.toString(), model::exchangeDisplayName(item.exchange)});
        child->setData(0, kExchangeRole, int(item.exchange));
    }
    const QString current = m_group->currentText();
    m_group->clear();
    m_group->addItems(groupNames);
    m_group->setCurrentText(current);
}

void WatchlistDock::announce(model::ExchangeId exchange)
{
    emit watchlistChanged(exchange, symbolsOf(exchange));
}

void WatchlistDock::setWriter(storage::StorageWriter *writer)
{
    m_writer = writer;
    connect(writer, &storage::StorageWriter::committed, this, [this](quint64 lastTicket) {
        if (m_pendingTicket != 0 && lastTicket >= m_pendingTicket) {
            m_pendingTicket = 0;
            emit saved(true, QString());
        }
    });
    connect(writer, &storage::StorageWriter::jobFailed, this, [this](const QString &error) {
        if (m_pendingTicket == 0)
            return; // another module's job
        m_pendingTicket = 0;
        m_message->setText(tr("The watchlist could not be saved: %1").arg(error));
        emit saved(false, error);
    });
}

void WatchlistDock::persist()
{
    if (m_writer) {
        m_pendingTicket = m_writer->enqueue([items = m_items](storage::WriteContext &context, QString *error) {
            return storage::WatchlistRepository(context.connection).replaceItems(QLatin1String(kDefaultList), items, error);
        });
        m_writer->flush(); // a user's edit, not a stream: no reason to wait for the batch interval
        return;
    }
    if (m_path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty())
            m_message->setText(tr("The watchlist could not be saved: %1").arg(error));
        emit saved(error.isEmpty(), error);
    });
    // The whole list in one transaction: small, and it keeps the stored order equal to the shown one.
    watcher->setFuture(QtConcurrent::run([path = m_path, items = m_items] {
        QString error;
        storage::SqlConnection connection;
        if (connection.open(path, storage::SqlConnection::Mode::ReadWrite, &error))
            storage::WatchlistRepository(connection).replace(QLatin1String(kDefaultList), items, &error);
        return error;
    }));
}

void WatchlistDock::setDatabase(const QString &path)
{
    m_path = path;
    auto *watcher = new QFutureWatcher<WatchlistLoad>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const WatchlistLoad result = watcher->result();
        if (!result.error.isEmpty())
            m_message->setText(tr("The watchlist could not be loaded: %1").arg(result.error));
        m_items = result.items;
        rebuildTree();
        for (const model::ExchangeId id : model::allExchangeIds()) {
            if (!symbolsOf(id).isEmpty())
                announce(id);
        }
        emit loaded(int(m_items.size()));
    });
    watcher->setFuture(QtConcurrent::run([path] {
        WatchlistLoad result;
        storage::SqlConnection connection;
        if (connection.open(path, storage::SqlConnection::Mode::ReadOnly, &result.error))
            result.items = storage::WatchlistRepository(connection).items(QLatin1String(kDefaultList), &result.error);
        return result;
    }));
}

} // namespace cl::ui
