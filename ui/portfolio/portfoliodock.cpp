#include "portfoliodock.h"

#include "analyticsview.h"
#include "paperorderticket.h"
#include "stringtablemodel.h"
#include "tablecsvexporter.h"
#include "tradedialog.h"

#include "model/clock.h"
#include "portfolio/journalmarkdownexporter.h"
#include "portfolio/journalpdfexporter.h"
#include "portfolio/metricstext.h"
#include "portfolio/papertradingengine.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/traderepository.h"
#include "storage/sqlconnection.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cl::ui {

using portfolio::MetricsText;

PortfolioDock::PortfolioDock(storage::SqlConnection &connection, const model::Clock &clock, const QString &dataDir,
                             portfolio::PaperTradingEngine *engine, QWidget *parent)
    : QDockWidget(tr("Portfolio"), parent), m_connection(connection), m_clock(clock), m_dataDir(dataDir), m_engine(engine)
{
    setObjectName(QStringLiteral("portfolioDock"));
    auto *root = new QWidget(this);
    auto *layout = new QVBoxLayout(root);
    auto *bar = new QToolBar(root);
    m_portfolios = new QComboBox(root);
    m_portfolios->setMinimumContentsLength(14);
    bar->addWidget(m_portfolios);
    bar->addAction(tr("New trade"), this, &PortfolioDock::newTrade);
    bar->addAction(tr("Edit"), this, &PortfolioDock::editSelectedTrade);
    m_paperAction = bar->addAction(tr("Paper order"), this, &PortfolioDock::newPaperOrder);
    bar->addAction(tr("Export trades CSV…"), this, [this] { TableCsvExporter::exportWithDialog(*m_trades, tr("trades"), this); });
    layout->addWidget(bar);

    // Trades beside the analytics: the dock sits in the workstation's wide, low bottom row.
    auto *split = new QSplitter(Qt::Horizontal, root);
    m_trades = new StringTableModel(this);
    m_tradesView = new QTableView(split);
    m_tradesView->setModel(m_trades);
    m_tradesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tradesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tradesView->verticalHeader()->hide();
    m_tradesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_analytics = new AnalyticsView(split);
    split->addWidget(m_tradesView);
    split->addWidget(m_analytics);
    layout->addWidget(split, 1);
    // In a scroll area: the trades and analytics need height, and a dock's minimum height decides how much
    // the other docks of the window (the pattern matrix above all) keep.
    auto *scroll = new QScrollArea;
    scroll->setWidget(root);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    m_journalMenu = new QMenu(tr("Export journal"), this);
    m_journalMenu->addAction(tr("As Markdown…"), this, [this] { exportWithDialog(QStringLiteral("md")); });
    m_journalMenu->addAction(tr("As PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });

    connect(m_portfolios, &QComboBox::currentIndexChanged, this, &PortfolioDock::showPortfolio);
    connect(m_tradesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit tradeSelected(tradeIdAt(current.row())); });
    connect(m_tradesView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const portfolio::Trade *t = m_snapshot ? m_snapshot->trade(tradeIdAt(index.row())) : nullptr;
        if (t)
            emit openChartRequested(t->exchange.isEmpty() ? QStringLiteral("binance") : t->exchange, t->symbol,
                                    t->timeframe.isEmpty() ? QStringLiteral("1h") : t->timeframe);
    });
    if (m_engine)
        connect(m_engine, &portfolio::PaperTradingEngine::tradeChanged, this, [this] { showPortfolio(); });
    reload();
}

void PortfolioDock::reload()
{
    const QString current = m_portfolios->currentText();
    m_portfolios->blockSignals(true);
    m_portfolios->clear();
    for (const portfolio::Portfolio &p : portfolio::PortfolioRepository(m_connection).all())
        m_portfolios->addItem(p.isPaper ? tr("%1 (paper)").arg(p.name) : p.name, p.name);
    const int index = m_portfolios->findText(current);
    m_portfolios->setCurrentIndex(index >= 0 ? index : 0);
    m_portfolios->blockSignals(false);
    showPortfolio();
}

bool PortfolioDock::selectPortfolio(const QString &name)
{
    const int index = m_portfolios->findData(name);
    if (index < 0)
        return false;
    m_portfolios->setCurrentIndex(index);
    showPortfolio();
    return true;
}

void PortfolioDock::showPortfolio()
{
    const QString name = m_portfolios->currentData().toString();
    QString error;
    m_snapshot = name.isEmpty() ? std::nullopt : portfolio::PortfolioSnapshot::load(m_connection, name, &error);
    m_paperAction->setEnabled(m_engine && m_snapshot && m_snapshot->portfolio.isPaper);
    showTrades();
    if (m_snapshot)
        m_analytics->setSnapshot(*m_snapshot);
}

void PortfolioDock::showTrades()
{
    m_tradeIds.clear();
    std::vector<std::vector<StringTableModel::Cell>> rows;
    if (m_snapshot) {
        for (size_t i = 0; i < m_snapshot->trades.size(); ++i) {
            const portfolio::Trade &t = m_snapshot->trades[i];
            const portfolio::TradeResult &r = m_snapshot->results[i];
            m_tradeIds.push_back(t.id);
            const QString pnl = r.closed ? MetricsText::number(r.pnl) : QStringLiteral("—");
            rows.push_back({{t.externalId, {}, {}, {}},
                            {t.symbol, {}, {}, {}},
                            {portfolio::directionToString(t.direction), {}, {}, {}},
                            {portfolio::statusToString(t.status), {}, {}, {}},
                            {r.entryTime > 0 ? MetricsText::utc(r.entryTime) : QString(), {}, {}, {}},
                            {QString::number(r.quantity, 'g', 10), {}, {}, {}},
                            {r.entryPrice > 0 ? QString::number(r.entryPrice, 'g', 10) : QString(), {}, {}, {}},
                            {r.exitPrice > 0 ? QString::number(r.exitPrice, 'g', 10) : QString(), {}, {}, {}},
                            {pnl, {}, r.closed && r.pnl < 0 ? QColor(0xd0, 0x45, 0x3a) : QColor(), {}},
                            {r.rMultiple ? MetricsText::number(*r.rMultiple) : QString(), {}, {}, {}},
                            {t.tags.join(QStringLiteral(", ")), {}, {}, {}}});
        }
    }
    m_trades->setTable({tr("Trade"), tr("Symbol"), tr("Side"), tr("Status"), tr("Entry (UTC)"), tr("Qty"), tr("Entry"),
                        tr("Exit"), tr("P&L"), tr("R"), tr("Tags")},
                       std::move(rows));
}

qint64 PortfolioDock::tradeIdAt(int row) const
{
    return row >= 0 && size_t(row) < m_tradeIds.size() ? m_tradeIds[size_t(row)] : 0;
}

std::optional<qint64> PortfolioDock::saveTrade(portfolio::Trade trade, QString *error)
{
    portfolio::TradeRepository repository(m_connection);
    std::optional<qint64> id;
    if (trade.id > 0) {
        if (repository.update(trade, error))
            id = trade.id;
    } else {
        if (trade.externalId.isEmpty())
            trade.externalId = QStringLiteral("manual-%1").arg(m_clock.nowMs());
        id = repository.insert(trade, error);
    }
    if (id) {
        showPortfolio();
        emit tradesChanged();
    }
    return id;
}

void PortfolioDock::logTrade(const cl::portfolio::TradeDraft &draft)
{
    if (!m_snapshot) {
        QMessageBox::information(this, tr("Log trade"), tr("Create a portfolio first (cryptolens-cli portfolio create)."));
        return;
    }
    if (m_snapshot->portfolio.isPaper && m_engine) {
        PaperOrderTicket ticket(*m_engine, m_snapshot->portfolio.id, this);
        ticket.setDraft(draft);
        ticket.exec();
        return;
    }
    TradeDialog dialog(this);
    dialog.setBalance(m_snapshot->portfolio.initialBalance);
    dialog.setEntryTime(m_clock.nowMs());
    dialog.setDraft(draft);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto trade = dialog.trade(m_snapshot->portfolio.id, &error);
    if (!trade || !saveTrade(*trade, &error))
        QMessageBox::warning(this, tr("Log trade"), error);
}

void PortfolioDock::newTrade()
{
    logTrade({});
}

void PortfolioDock::editSelectedTrade()
{
    const QModelIndexList rows = m_tradesView->selectionModel()->selectedRows();
    const portfolio::Trade *t = m_snapshot && !rows.isEmpty() ? m_snapshot->trade(tradeIdAt(rows.front().row())) : nullptr;
    if (!t)
        return;
    TradeDialog dialog(this);
    dialog.setBalance(m_snapshot->portfolio.initialBalance);
    dialog.setTrade(*t);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto trade = dialog.trade(t->portfolioId, &error);
    if (!trade || !saveTrade(*trade, &error))
        QMessageBox::warning(this, tr("Edit trade"), error);
}

void PortfolioDock::newPaperOrder()
{
    if (!m_engine || !m_snapshot || !m_snapshot->portfolio.isPaper)
        return;
    PaperOrderTicket ticket(*m_engine, m_snapshot->portfolio.id, this);
    ticket.exec();
}

portfolio::JournalExportResult PortfolioDock::exportJournal(const QString &format, const QString &path)
{
    portfolio::JournalExportResult result;
    if (!m_snapshot) {
        result.error = tr("no portfolio selected");
        return result;
    }
    portfolio::JournalExportOptions options;
    options.dataDir = m_dataDir;
    options.generatedAt = m_clock.nowMs();
    return format == QLatin1String("pdf") ? portfolio::JournalPdfExporter::write(*m_snapshot, path, options)
                                          : portfolio::JournalMarkdownExporter::write(*m_snapshot, path, options);
}

void PortfolioDock::exportWithDialog(const QString &format)
{
    if (!m_snapshot)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = format == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export journal"),
                                                      QString(dir + QLatin1Char('/') + m_snapshot->portfolio.name
                                                              + QLatin1Char('.') + format),
                                                      filter);
    if (path.isEmpty())
        return;
    const auto result = exportJournal(format, path);
    if (!result.ok)
        QMessageBox::warning(this, tr("Export journal"), result.error);
    else if (!result.warnings.isEmpty())
        QMessageBox::information(this, tr("Export journal"),
                                 tr("Written with %n warning(s):\n", nullptr, int(result.warnings.size()))
                                     + result.warnings.join(QLatin1Char('\n')));
}

} // namespace cl::ui
