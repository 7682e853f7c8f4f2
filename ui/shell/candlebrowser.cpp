#include "candlebrowser.h"

#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cl::ui {

CandleBrowser::CandleBrowser(QWidget *parent)
    : QWidget(parent), m_symbolBox(new QComboBox(this)), m_timeframeBox(new QComboBox(this)),
      m_status(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("candleBrowser"));
    m_symbolBox->setObjectName(QStringLiteral("symbolBox"));
    m_symbolBox->setMinimumContentsLength(18);
    m_symbolBox->setToolTip(tr("Symbols with stored candles"));
    m_timeframeBox->setObjectName(QStringLiteral("timeframeBox"));
    for (model::Timeframe tf : model::Timeframe::all())
        m_timeframeBox->addItem(tf.toString());
    m_timeframeBox->setCurrentText(QStringLiteral("1h"));

    m_table->setObjectName(QStringLiteral("candleTable"));
    m_table->setModel(&m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: fast with many candles
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Symbol:"), this));
    bar->addWidget(m_symbolBox);
    bar->addWidget(new QLabel(tr("Timeframe:"), this));
    bar->addWidget(m_timeframeBox);
    bar->addStretch();
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_symbolBox, &QComboBox::currentIndexChanged, this, &CandleBrowser::reloadCandles);
    connect(m_timeframeBox, &QComboBox::currentIndexChanged, this, &CandleBrowser::reloadCandles);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("newest %1 of %2 candles").arg(QStringLiteral("200,000"), QStringLiteral("10,000,000"))));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setText(tr("Opening the database..."));
}

void CandleBrowser::setDatabase(const QString &path)
{
    m_path = path;
    reloadSymbols();
}

void CandleBrowser::setPreferredSelection(const QString &exchange, const QString &symbol, const QString &timeframe)
{
    m_preferredExchange = exchange;
    m_preferredSymbol = symbol;
    if (model::Timeframe::parse(timeframe))
        m_timeframeBox->setCurrentText(timeframe);
    applyPreferredSelection();
}

QString CandleBrowser::currentExchange() const
{
    return m_symbolBox->currentData(Qt::UserRole + 1).toString();
}

QString CandleBrowser::currentSymbol() const
{
    return m_symbolBox->currentData(Qt::UserRole + 2).toString();
}

QString CandleBrowser::currentTimeframe() const
{
    return m_timeframeBox->currentText();
}

void CandleBrowser::reloadSymbols()
{
    if (m_path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<SymbolItem>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showSymbols(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path] {
        QList<SymbolItem> items;
        storage::SqlConnection connection;
        if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, nullptr))
            return items;
        for (const auto &record : storage::SymbolRepository(connection).all()) {
            const QString exchange = model::exchangeIdToString(record.exchange);
            items.append({record.id, exchange, record.symbol.toString(),
                          record.symbol.toString() + QStringLiteral("  ·  ") + model::exchangeDisplayName(record.exchange)});
        }
        return items;
    }));
}

void CandleBrowser::showSymbols(const QList<SymbolItem> &items)
{
    const QSignalBlocker blocker(m_symbolBox);
    m_symbolBox->clear();
    for (const SymbolItem &item : items) {
        m_symbolBox->addItem(item.label, item.id);
        m_symbolBox->setItemData(m_symbolBox->count() - 1, item.exchange, Qt::UserRole + 1);
        m_symbolBox->setItemData(m_symbolBox->count() - 1, item.symbol, Qt::UserRole + 2);
    }
    if (items.isEmpty())
        m_status->setText(tr("No candles stored yet. Import some with: cryptolens-cli candles import"));
    applyPreferredSelection();
    emit symbolsLoaded(int(items.size()));
    reloadCandles();
}

void CandleBrowser::applyPreferredSelection()
{
    for (int i = 0; i < m_symbolBox->count(); ++i) {
        if (m_symbolBox->itemData(i, Qt::UserRole + 1).toString() == m_preferredExchange
            && m_symbolBox->itemData(i, Qt::UserRole + 2).toString() == m_preferredSymbol) {
            m_symbolBox->setCurrentIndex(i);
            return;
        }
    }
}

void CandleBrowser::reloadCandles()
{
    const quint64 generation = ++m_generation;
    if (m_path.isEmpty() || m_symbolBox->currentIndex() < 0) {
        m_model.setCandles({});
        return;
    }
    const qint64 symbolId = m_symbolBox->currentData().toLongLong();
    const auto timeframe = model::Timeframe::parse(m_timeframeBox->currentText()).value_or(model::Timeframe::H1);
    emit selectionChanged(currentExchange(), currentSymbol(), timeframe.toString());
    m_status->setText(tr("Loading..."));

    auto *watcher = new QFutureWatcher<CandlePage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user moved on; a newer load is under way
        CandlePage page = watcher->result();
        if (!page.error.isEmpty()) {
            m_status->setText(tr("Cannot read candles: %1").arg(page.error));
            return;
        }
        const int shown = int(page.candles.size());
        m_model.setCandles(std::move(page.candles));
        m_table->scrollToBottom();
        const QLocale locale;
        m_status->setText(shown < page.total ? tr("newest %1 of %2 candles").arg(locale.toString(shown), locale.toString(page.total))
                                             : tr("%1 candles").arg(locale.toString(shown)));
        emit candlesLoaded(shown, page.total);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, symbolId, timeframe] {
        CandlePage page;
        storage::SqlConnection connection;
        if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, &page.error))
            return page;
        storage::CandleRepository repository(connection);
        page.total = repository.count(symbolId, timeframe, &page.error);
        page.candles = repository.loadNewest(symbolId, timeframe, kMaxRows, &page.error);
        return page;
    }));
}

} // namespace cl::ui
