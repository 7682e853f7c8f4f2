#pragma once

#include "model/clock.h"
#include "storage/sqlconnection.h"

#include <QObject>
#include <QString>

#include <memory>

namespace cl::market {
struct SymbolTrades;
}
namespace cl::model {
struct Signal;
}
namespace cl::portfolio {
class PaperTradingEngine;
class PositionTracker;
}
namespace cl::storage {
class AppSettings;
}
namespace cl::ui {
class JournalEditorDock;
class MainWindow;
class PortfolioDock;
class PositionsDock;
}

namespace cl::app {

// Portfolios, paper trading and the journal in the running app (issue 7): the paper engine and the position
// tracker fed by the live trades, and the portfolio, positions and journal docks. They share one connection
// on the GUI thread: portfolio edits are a person's clicks, small and rare, and SQLite's WAL with the busy
// timeout serializes them with the writer thread's bursts.
class PortfolioController : public QObject
{
    Q_OBJECT

public:
    PortfolioController(storage::AppSettings &settings, QString databasePath, QString dataDir,
                        const model::Clock &clock, ui::MainWindow &window, QObject *parent = nullptr);
    ~PortfolioController() override;

    bool start(QString *error);

public slots:
    void onTrades(const cl::market::SymbolTrades &batch);
    // "Log trade" on a signal: the trade dialog opens prefilled from it.
    void logTradeFromSignal(const cl::model::Signal &signal);

private:
    void wireDocks();
    // The journal's trades as entry/exit markers on the charts (at start and after every trade change).
    void refreshTradeMarkers();

    storage::AppSettings &m_settings;
    QString m_databasePath;
    QString m_dataDir;
    const model::Clock &m_clock;
    ui::MainWindow &m_window;
    storage::SqlConnection m_connection;
    std::unique_ptr<portfolio::PaperTradingEngine> m_paper;
    std::unique_ptr<portfolio::PositionTracker> m_positions;
    ui::PortfolioDock *m_portfolioDock = nullptr;
    ui::PositionsDock *m_positionsDock = nullptr;
    ui::JournalEditorDock *m_journalDock = nullptr;
};

} // namespace cl::app
