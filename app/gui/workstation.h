#pragma once

#include "backtest/backtestsettings.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"
#include "model/systemclock.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

class QThread;
class QTimer;

namespace cl::analysis {
class AnalysisWorker;
}
namespace cl::engine {
class MarketDataService;
}
namespace cl::storage {
class AppSettings;
class StorageWriter;
}
namespace cl::ui {
class MainWindow;
}

namespace cl::app {

class AlertsController;
class DemoExchange;
class PortfolioController;
class SymbolListFetcher;

// The running engine behind the window (DESIGN.md, Threads and data flow), created by main() once the
// database is ready: the single StorageWriter, the analysis thread, the market data service with its feed
// and candle threads, and in demo mode the local simulated exchange. It wires their queued signals to the
// window's views and stops everything in order on quit, so every closed candle is committed.
class Workstation : public QObject
{
    Q_OBJECT

public:
    // The current chart's series as the backtest dock's worker thread reads it.
    struct BacktestSelection
    {
        std::mutex mutex;
        model::ExchangeId exchange = model::ExchangeId::Binance;
        model::Symbol symbol;
        model::Timeframe timeframe = model::Timeframe::M15;
        backtest::BacktestSettings settings;
    };

    struct Options
    {
        QString databasePath;
        QString dataDir;
        bool demo = false;
    };

    Workstation(storage::AppSettings &settings, ui::MainWindow &window, Options options, QObject *parent = nullptr);
    ~Workstation() override;

    // Starts the threads and the feeds of the watchlist. False with *error when the database cannot be written.
    bool start(QString *error);
    // Feeds first, then candles and analysis, then the writer drains. Safe to call twice.
    void stop();

    engine::MarketDataService *marketData() const { return m_marketData.get(); }
    AlertsController *alerts() const { return m_alerts.get(); }
    SymbolListFetcher *symbolLists() const { return m_symbolLists; }

private:
    void startAnalysis();
    void startMarketData();
    void startAlerts();
    void startPortfolio();
    void startBacktestDock();
    void startDemo();
    void wireViews();
    void onWatchlistChanged(model::ExchangeId exchange, const QStringList &symbols);
    void publishDiagnostics();

    storage::AppSettings &m_settings;
    ui::MainWindow &m_window;
    Options m_options;
    model::SystemClock m_clock;
    std::unique_ptr<storage::StorageWriter> m_writer;
    QThread *m_analysisThread = nullptr;
    analysis::AnalysisWorker *m_analysis = nullptr; // lives on m_analysisThread
    std::unique_ptr<engine::MarketDataService> m_marketData;
    std::unique_ptr<AlertsController> m_alerts;
    std::unique_ptr<DemoExchange> m_demo;
    std::unique_ptr<PortfolioController> m_portfolio;
    QTimer *m_diagnostics = nullptr;
    SymbolListFetcher *m_symbolLists = nullptr;
    quint64 m_lastRowsCommitted = 0;
    quint64 m_patternUpdates = 0;
    quint64 m_signalsCreated = 0;
    bool m_stopped = false;
};

} // namespace cl::app
