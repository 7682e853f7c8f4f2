#include "portfoliocontroller.h"

#include "analysis/signalrepository.h"
#include "chart/chartview.h"
#include "market/marketevents.h"
#include "model/signal.h"
#include "portfolio/papertradingengine.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/traderepository.h"
#include "portfolio/positiontracker.h"
#include "portfolio/tradedraft.h"
#include "portfolio/journaleditordock.h"
#include "portfolio/journaltrademarkers.h"
#include "portfolio/portfoliodock.h"
#include "portfolio/positionsdock.h"
#include "shell/charttabs.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/symbolrepository.h"

#include <QDockWidget>
#include <QLoggingCategory>
#include <QMenuBar>

Q_LOGGING_CATEGORY(lcPortfolioApp, "cryptolens.app.portfolio")

namespace cl::app {

PortfolioController::PortfolioController(storage::AppSettings &settings, QString databasePath, QString dataDir,
                                         const model::Clock &clock, ui::MainWindow &window, QObject *parent)
    : QObject(parent), m_settings(settings), m_databasePath(std::move(databasePath)), m_dataDir(std::move(dataDir)), m_clock(clock),
      m_window(window)
{
}

PortfolioController::~PortfolioController()
{
    if (m_journalDock)
        m_journalDock->flush();
}

bool PortfolioController::start(QString *error)
{
    if (!m_connection.open(m_databasePath, storage::SqlConnection::Mode::ReadWrite, error))
        return false;
    m_paper = std::make_unique<portfolio::PaperTradingEngine>(m_connection, m_clock);
    QString loadError;
    if (!m_paper->load(&loadError))
        qCWarning(lcPortfolioApp).noquote() << "paper orders:" << loadError;
    connect(m_paper.get(), &portfolio::PaperTradingEngine::failed, this,
            [](const QString &reason) { qCWarning(lcPortfolioApp).noquote() << "paper trading:" << reason; });
    m_positions = std::make_unique<portfolio::PositionTracker>(m_connection, m_clock);
    m_positions->setPaperEngine(m_paper.get());
    m_positions->reload(&loadError);

    m_portfolioDock = new ui::PortfolioDock(m_connection, m_clock, m_dataDir, m_paper.get(), &m_window);
    m_positionsDock = new ui::PositionsDock(*m_positions, &m_window);
    m_journalDock = new ui::JournalEditorDock(m_connection, m_clock, m_dataDir, &m_window);
    m_window.addWorkstationDock(m_portfolioDock, Qt::BottomDockWidgetArea, m_window.signalDock());
    m_window.addWorkstationDock(m_positionsDock, Qt::BottomDockWidgetArea, m_window.signalDock());
    // Beside the alert rules, under the pattern matrix.
    m_window.addWorkstationDock(m_journalDock, Qt::RightDockWidgetArea,
                                m_window.findChild<QDockWidget *>(QStringLiteral("alertListDock")));
    wireDocks();
    refreshTradeMarkers();
    return true;
}

void PortfolioController::wireDocks()
{
    auto openChart = [this](const QString &exchange, const QString &symbol, const QString &timeframe) {
        m_window.openChart(exchange, symbol, timeframe.isEmpty() ? QStringLiteral("1h") : timeframe);
    };
    connect(m_portfolioDock, &ui::PortfolioDock::openChartRequested, this, openChart);
    connect(m_positionsDock, &ui::PositionsDock::openChartRequested, this, openChart);
    connect(m_portfolioDock, &ui::PortfolioDock::tradeSelected, m_journalDock, &ui::JournalEditorDock::setTrade);
    connect(m_positionsDock, &ui::PositionsDock::tradeActivated, m_journalDock, &ui::JournalEditorDock::setTrade);
    // A paper fill changes a trade: the positions and the analytics follow.
    connect(m_portfolioDock, &ui::PortfolioDock::tradesChanged, this, &PortfolioController::refreshTradeMarkers);
    connect(m_paper.get(), &portfolio::PaperTradingEngine::tradeChanged, this, [this] {
        m_positions->reload();
        m_portfolioDock->reload();
        refreshTradeMarkers();
    });
    // "Chart snapshot" in the journal: the current chart writes a PNG, the journal attaches it.
    connect(m_journalDock, &ui::JournalEditorDock::snapshotRequested, this, [this] {
        chart::ChartView *view = m_window.chartTabs()->currentChart();
        if (!view)
            return;
        const QString file = view->snapshot();
        if (!file.isEmpty())
            m_journalDock->attachSnapshot(file);
    });
    connect(&m_window, &ui::MainWindow::logTradeRequested, this, &PortfolioController::logTradeFromSignal);
    // The trader's own pre-trade checklist survives restarts.
    const QStringList checklist = m_settings.preTradeChecklist();
    if (!checklist.isEmpty())
        m_journalDock->setChecklistItems(checklist);
    connect(m_journalDock, &ui::JournalEditorDock::checklistItemsChanged, this,
            [this](const QStringList &items) { m_settings.setPreTradeChecklist(items); });
    if (QMenu *journal = m_portfolioDock->journalMenu())
        m_window.menuBar()->addMenu(journal);
}

void PortfolioController::refreshTradeMarkers()
{
    // Every portfolio's trades, each with its fills: a journal of thousands of trades is a few milliseconds.
    std::vector<portfolio::Trade> trades;
    QString error;
    for (const portfolio::Portfolio &p : portfolio::PortfolioRepository(m_connection).all(&error)) {
        std::vector<portfolio::Trade> some = portfolio::TradeRepository(m_connection).load(p.id, &error);
        trades.insert(trades.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
    }
    if (!error.isEmpty())
        qCWarning(lcPortfolioApp).noquote() << "journal trades for the charts:" << error;
    m_window.chartTabs()->setJournalMarkers(ui::JournalTradeMarkers(trades));
}

void PortfolioController::onTrades(const market::SymbolTrades &batch)
{
    m_paper->onTrades(batch);
    m_positions->onTrades(batch);
}

void PortfolioController::logTradeFromSignal(const model::Signal &signal)
{
    // A signal fresh from the analysis has no row ids yet; the stored rows give them, so the trade links to
    // its signal and source pattern. Not stored yet (a click within the writer's burst): no link, as before.
    model::Signal linked = signal;
    if (signal.id == 0 || signal.sourcePatternId == 0) {
        QString error;
        if (const auto symbolId = storage::SymbolRepository(m_connection).find(signal.exchange, signal.symbol, &error))
            analysis::SignalRepository(m_connection).resolveIds(*symbolId, linked, &error);
    }
    m_portfolioDock->show();
    m_portfolioDock->raise();
    m_portfolioDock->logTrade(portfolio::TradeDraft::fromSignal(linked));
}

} // namespace cl::app
