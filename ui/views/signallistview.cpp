#include "signallistview.h"

#include "analysis/signalrepository.h"
#include "signaldetailspane.h"
#include "storage/sqlconnection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cl::ui {

namespace {
struct SignalLoad
{
    model::SignalList signalList;
    QString error;
};
} // namespace

SignalListView::SignalListView(QWidget *parent)
    : QWidget(parent), m_table(new QTableView(this)), m_details(new SignalDetailsPane(this)),
      m_logTrade(new QAction(tr("&Log trade..."), this))
{
    setObjectName(QStringLiteral("signalListView"));
    m_proxy.setSourceModel(&m_model);
    m_table->setObjectName(QStringLiteral("signalTable"));
    m_table->setModel(&m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SignalListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(84);
    m_table->setColumnWidth(SignalListModel::Created, 118);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_logTrade);

    m_logTrade->setObjectName(QStringLiteral("actionLogTrade"));
    m_logTrade->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_logTrade->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_logTrade->setEnabled(false);
    addAction(m_logTrade);
    connect(m_logTrade, &QAction::triggered, this, [this] {
        if (const auto signal = currentSignal())
            emit logTradeRequested(*signal);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 260});
    m_details->setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SignalListView::onCurrentChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const model::Signal &s = m_model.signalAt(m_proxy.mapToSource(index).row());
        emit openChart(model::exchangeIdToString(s.exchange), s.symbol.toString(), s.sourceTimeframe.toString(),
                       model::PatternKey{s.sourceTimeframe, s.sourceType, s.sourceDetectedAt});
    });
}

QWidget *SignalListView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 4, 4, 0);
    m_symbolFilter = new QLineEdit(bar);
    m_symbolFilter->setObjectName(QStringLiteral("signalSymbolFilter"));
    m_symbolFilter->setPlaceholderText(tr("Symbol"));
    m_symbolFilter->setClearButtonEnabled(true);
    m_directionFilter = new QComboBox(bar);
    m_directionFilter->setObjectName(QStringLiteral("signalDirectionFilter"));
    m_directionFilter->addItem(tr("Any direction"), -1);
    m_directionFilter->addItem(tr("Long"), int(model::Direction::Bullish));
    m_directionFilter->addItem(tr("Short"), int(model::Direction::Bearish));
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("signalStatusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (int i = 0; i < 6; ++i)
        m_statusFilter->addItem(SignalListModel::statusText(model::SignalStatus(i)), i);
    m_minConfluence = new QSpinBox(bar);
    m_minConfluence->setObjectName(QStringLiteral("signalMinConfluence"));
    m_minConfluence->setRange(0, 12);
    m_minConfluence->setPrefix(tr("Confluence ≥ "));
    m_dateFilter = new QCheckBox(tr("From"), bar);
    m_dateFilter->setObjectName(QStringLiteral("signalDateFilter"));
    m_from = new QDateEdit(QDate(2024, 1, 1), bar);
    m_to = new QDateEdit(QDate(2030, 12, 31), bar);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        edit->setEnabled(false);
    }
    auto *logButton = new QToolButton(bar);
    logButton->setDefaultAction(m_logTrade);
    row->addWidget(m_symbolFilter, 1);
    row->addWidget(m_directionFilter);
    row->addWidget(m_statusFilter);
    row->addWidget(m_minConfluence);
    row->addWidget(m_dateFilter);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addWidget(logButton);

    connect(m_symbolFilter, &QLineEdit::textChanged, this, &SignalListView::applyFilters);
    connect(m_directionFilter, &QComboBox::currentIndexChanged, this, &SignalListView::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SignalListView::applyFilters);
    connect(m_minConfluence, &QSpinBox::valueChanged, this, &SignalListView::applyFilters);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SignalListView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &SignalListView::applyFilters);
    return bar;
}

void SignalListView::applyFilters()
{
    m_proxy.setSymbolFilter(m_symbolFilter->text());
    const int direction = m_directionFilter->currentData().toInt();
    m_proxy.setDirectionFilter(direction < 0 ? std::nullopt : std::optional(model::Direction(direction)));
    const int status = m_statusFilter->currentData().toInt();
    m_proxy.setStatusFilter(status < 0 ? std::nullopt : std::optional(model::SignalStatus(status)));
    m_proxy.setMinConfluence(m_minConfluence->value());
    if (m_dateFilter->isChecked()) {
        const qint64 from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
        m_proxy.setDateRange(from, to);
    } else {
        m_proxy.setDateRange(0, 0);
    }
}

std::optional<model::Signal> SignalListView::currentSignal() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model.signalAt(m_proxy.mapToSource(index).row());
}

void SignalListView::onCurrentChanged()
{
    const auto signal = currentSignal();
    m_logTrade->setEnabled(signal.has_value());
    if (signal)
        m_details->showSignal(*signal);
    else
        m_details->clear();
}

void SignalListView::setDatabase(const QString &path)
{
    m_path = path;
    reload();
}

void SignalListView::reload()
{
    if (m_path.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<SignalLoad>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        SignalLoad result = watcher->result();
        const int rows = int(result.signalList.size());
        m_model.setSignals(std::move(result.signalList));
        emit loaded(rows);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path] {
        SignalLoad result;
        storage::SqlConnection connection;
        if (connection.open(path, storage::SqlConnection::Mode::ReadOnly, &result.error))
            result.signalList = analysis::SignalRepository(connection).list(0, 0, &result.error);
        return result;
    }));
}

} // namespace cl::ui
