#include "positionsdock.h"

#include "positionsmodel.h"

#include "portfolio/metricstext.h"
#include "portfolio/positiontracker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cl::ui {

PositionsDock::PositionsDock(portfolio::PositionTracker &tracker, QWidget *parent)
    : QDockWidget(tr("Positions"), parent), m_tracker(tracker), m_model(new PositionsModel(tracker, this))
{
    setObjectName(QStringLiteral("positionsDock"));
    auto *root = new QWidget(this);
    auto *layout = new QVBoxLayout(root);
    m_view = new QTableView(root);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    m_total = new QLabel(root);
    m_close = new QPushButton(tr("Close at market"), root);
    auto *chart = new QPushButton(tr("Chart"), root);
    row->addWidget(m_total, 1);
    row->addWidget(chart);
    row->addWidget(m_close);
    layout->addLayout(row);
    setWidget(root);

    connect(m_close, &QPushButton::clicked, this, [this] {
        QString error;
        if (selectedTrade() > 0 && !closeSelected(&error))
            QMessageBox::warning(this, tr("Close at market"), error);
    });
    connect(chart, &QPushButton::clicked, this, [this] {
        for (const auto &p : m_tracker.positions()) {
            if (p.tradeId == selectedTrade())
                emit openChartRequested(p.exchange.isEmpty() ? QStringLiteral("binance") : p.exchange, p.symbol, QStringLiteral("1m"));
        }
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit tradeActivated(m_model->tradeId(index.row()));
    });
    connect(&tracker, &portfolio::PositionTracker::marksChanged, this, &PositionsDock::updateTotals);
    connect(&tracker, &portfolio::PositionTracker::positionsChanged, this, &PositionsDock::updateTotals);
    updateTotals();
}

qint64 PositionsDock::selectedTrade() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->tradeId(rows.front().row());
}

bool PositionsDock::closeSelected(QString *error)
{
    const qint64 id = selectedTrade();
    if (id <= 0) {
        *error = tr("select a position");
        return false;
    }
    return m_tracker.closeAtMarket(id, error);
}

void PositionsDock::updateTotals()
{
    const size_t n = m_tracker.positions().size();
    m_total->setText(tr("%n open position(s), unrealized %1", nullptr, int(n)).arg(portfolio::MetricsText::number(m_tracker.totalUnrealized())));
}

} // namespace cl::ui
