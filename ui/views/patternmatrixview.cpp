#include "patternmatrixview.h"

#include "storage/sqlconnection.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cl::ui {

namespace {
struct MatrixLoad
{
    std::vector<analysis::PatternMatrix::Row> rows;
    QString error;
};
} // namespace

PatternMatrixView::PatternMatrixView(const model::Clock &clock, QWidget *parent)
    : QWidget(parent), m_model(clock), m_table(new QTableView(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("patternMatrixView"));
    m_table->setObjectName(QStringLiteral("patternMatrixTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setShowGrid(true);
    m_status->setObjectName(QStringLiteral("patternMatrixStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    m_status->setText(tr("No symbols watched yet"));
    connect(m_table, &QTableView::clicked, this, &PatternMatrixView::onClicked);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_status->setText(m_model.rowCount() == 0 ? tr("No symbols watched yet") : tr("%n symbol(s)", nullptr, m_model.rowCount()));
    });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_status->setText(tr("%n symbol(s)", nullptr, m_model.rowCount())); });
}

void PatternMatrixView::setDatabase(const QString &path)
{
    m_path = path;
    reload();
}

void PatternMatrixView::reload()
{
    if (m_path.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<MatrixLoad>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer reload is under way
        MatrixLoad result = watcher->result();
        if (!result.error.isEmpty()) {
            m_status->setText(tr("Could not load the pattern matrix"));
            m_status->setToolTip(result.error);
            return;
        }
        const int rows = int(result.rows.size());
        m_model.setRows(std::move(result.rows));
        emit loaded(rows);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, timeframes = m_model.timeframes()] {
        MatrixLoad result;
        storage::SqlConnection connection;
        if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, &result.error))
            return result;
        if (auto rows = analysis::PatternMatrix::load(connection, timeframes, &result.error))
            result.rows = std::move(*rows);
        return result;
    }));
}

void PatternMatrixView::onClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const model::Pattern *pattern = m_model.patternAt(index);
    emit openChart(index.data(PatternMatrixModel::ExchangeRole).toString(), index.data(PatternMatrixModel::SymbolRole).toString(),
                   index.data(PatternMatrixModel::TimeframeRole).toString(), pattern ? model::PatternKey::of(*pattern) : model::PatternKey());
}

} // namespace cl::ui
