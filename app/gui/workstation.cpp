#include "workstation.h"

#include "alertscontroller.h"
#include "demoexchange.h"
#include "portfoliocontroller.h"
#include "symbollistfetcher.h"

#include "alerts/alertworker.h"
#include "analysis/analysissettings.h"
#include "analysis/analysisworker.h"
#include "backtest/backtestdataloader.h"
#include "backtest/backtestdock.h"
#include "chart/candlechartwidget.h"
#include "chart/chartview.h"
#include "storage/sqlconnection.h"
#include "engine/candleworker.h"
#include "engine/marketdataservice.h"
#include "shell/charttabs.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/storagewriter.h"
#include "views/diagnosticsdock.h"
#include "views/watchlistdock.h"

#include <QPushButton>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWorkstation, "cryptolens.app.workstation")

namespace cl::app {

namespace {
constexpr int kDiagnosticsMs = 1'000;
} // namespace

Workstation::Workstation(storage::AppSettings &settings, ui::MainWindow &window, Options options, QObject *parent)
    : QObject(parent), m_settings(settings), m_window(window), m_options(std::move(options))
{
}

Workstation::~Workstation()
{
    stop();
}

bool Workstation::start(QString *error)
{
    m_writer = std::make_unique<storage::StorageWriter>(m_options.databasePath);
    if (!m_writer->start(error))
        return false;
    startAnalysis();
    startMarketData();
    wireViews();
    startAlerts();
    startBacktestDock();
    startPortfolio();
    m_window.signalDock()->raise(); // the first tab of the bottom row
    if (m_options.demo)
        startDemo();
    return true;
}

void Workstation::startAnalysis()
{
    m_analysisThread = new QThread(this);
    m_analysisThread->setObjectName(QStringLiteral("analysis"));
    m_analysis = new analysis::AnalysisWorker(*m_writer, m_options.databasePath, m_clock,
                                              analysis::AnalysisSettings::fromVariantMap(m_settings.analysisValues()));
    m_analysis->moveToThread(m_analysisThread);
    connect(m_analysisThread, &QThread::finished, m_analysis, &QObject::deleteLater);
    m_analysisThread->start();
}

void Workstation::startMarketData()
{
    engine::MarketDataService::Options options;
    options.databasePath = m_options.databasePath;
    // A new symbol starts with a day of history, enough for the lower timeframes' patterns.
    options.backfillMinutes = m_options.demo ? 4 * 1440 : 1440;
    m_marketData = std::make_unique<engine::MarketDataService>(*m_writer, m_clock, options);
    m_marketData->setAnalysisWorker(m_analysis);
}

void Workstation::startAlerts()
{
    m_alerts = std::make_unique<AlertsController>(*m_writer, m_options.databasePath, m_clock, m_window);
    m_alerts->start();
    alerts::AlertWorker *worker = m_alerts->worker();
    engine::MarketDataService *market = m_marketData.get();
    connect(market, &engine::MarketDataService::trades, worker, &alerts::AlertWorker::onTrades);
    connect(market, &engine::MarketDataService::candlesClosed, worker, &alerts::AlertWorker::onCandlesClosed);
    connect(market, &engine::MarketDataService::statusChanged, worker, &alerts::AlertWorker::onFeedStatus);
    connect(m_analysis, &analysis::AnalysisWorker::patternsChanged, worker, &alerts::AlertWorker::onPatternsChanged);
    connect(m_analysis, &analysis::AnalysisWorker::signalCreated, worker, &alerts::AlertWorker::onSignalCreated);
    connect(m_alerts.get(), &AlertsController::chartRequested, &m_window, [this](const QString &exchange,
                                                                                 const QString &symbol,
                                                                                 const QString &timeframe) {
        m_window.showNormal(); // it may be hidden in the tray
        m_window.raise();
        m_window.activateWindow();
        m_window.openChart(exchange, symbol, timeframe.isEmpty() ? QStringLiteral("1m") : timeframe);
    });
}

void Workstation::startPortfolio()
{
    m_portfolio = std::make_unique<PortfolioController>(m_settings, m_options.databasePath, m_options.dataDir, m_clock,
                                                        m_window);
    QString error;
    if (!m_portfolio->start(&error)) {
        qCWarning(lcWorkstation).noquote() << "portfolio:" << error;
        m_portfolio.reset();
        return;
    }
    connect(m_marketData.get(), &engine::MarketDataService::trades, m_portfolio.get(),
            &PortfolioController::onTrades);
}

void Workstation::startBacktestDock()
{
    auto *dock = new ui::BacktestDock(&m_window);
    dock->setObjectName(QStringLiteral("backtestDock"));
    // The backtest runs on a pool thread; it replays what the current chart shows, captured on the GUI
    // thread when Run is pressed (before the dock starts its run on the click).
    auto selection = std::make_shared<BacktestSelection>();
    connect(dock->runButton(), &QAbstractButton::pressed, this, [this, selection, dock] {
        const chart::ChartView *view = m_window.chartTabs()->currentChart();
        if (!view)
            return;
        const std::lock_guard lock(selection->mutex);
        selection->exchange = view->chart()->exchange();
        selection->symbol = view->chart()->symbol();
        selection->timeframe = view->chart()->timeframe();
        selection->settings = dock->settings();
    });
    const QString path = m_options.databasePath;
    dock->setDataSource([selection, path](QString *error) -> std::optional<backtest::BacktestData> {
        BacktestSelection chosen;
        {
            const std::lock_guard lock(selection->mutex);
            chosen.exchange = selection->exchange;
            chosen.symbol = selection->symbol;
            chosen.timeframe = selection->timeframe;
            chosen.settings = selection->settings;
        }
        if (chosen.symbol.isNull()) {
            *error = tr("Open a chart first: the backtest replays the current chart's symbol and timeframe.");
            return std::nullopt;
        }
        storage::SqlConnection connection;
        if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, error))
            return std::nullopt;
        return backtest::BacktestDataLoader::load(connection, chosen.exchange, chosen.symbol, chosen.timeframe,
                                                  std::numeric_limits<qint64>::min(),
                                                  std::numeric_limits<qint64>::max(), chosen.settings, error);
    });
    // The trades of the last run as markers on the current chart: entries and exits.
    connect(dock, &ui::BacktestDock::tradesChanged, this, [this](const std::vector<backtest::BacktestTrade> &trades) {
        chart::ChartView *view = m_window.chartTabs()->currentChart();
        if (!view)
            return;
        chart::TradeMarkerList markers;
        markers.reserve(trades.size() * 2);
        for (const backtest::BacktestTrade &trade : trades) {
            markers.push_back({trade.entryTime, trade.entryPrice, trade.isLong(), tr("entry")});
            markers.push_back({trade.exitTime, trade.exitPrice, !trade.isLong(),
                               QStringLiteral("%1R").arg(trade.r, 0, 'f', 1)});
        }
        m_window.chartTabs()->setBacktestMarkers(view, markers);
    });
    m_window.addWorkstationDock(dock, Qt::BottomDockWidgetArea, m_window.signalDock());
}

void Workstation::startDemo()
{
    m_demo = std::make_unique<DemoExchange>(DemoExchange::Options{});
    QString error;
    if (!m_demo->start(&error)) {
        qCWarning(lcWorkstation).noquote() << error;
        m_demo.reset();
        return;
    }
    m_marketData->setEndpoints(model::ExchangeId::Sim, m_demo->webSocketUrl(), m_demo->httpUrl());
    m_symbolLists->setRestBaseUrl(model::ExchangeId::Sim, m_demo->httpUrl());
    QStringList names;
    for (const model::Symbol &symbol : m_demo->symbols())
        names << symbol.toString();
    // The demo's symbols go on the watchlist like any others, so the feed starts through the usual path. The
    // watchlist is still loading from the database (it started with databaseReady, as this did): add them
    // once it has, or the loaded list would replace them.
    auto *watchlist = m_window.watchlistDock();
    connect(
        watchlist, &ui::WatchlistDock::loaded, this,
        [watchlist, names] {
            for (const QString &name : names) {
                QString error;
                if (!watchlist->addSymbol(model::ExchangeId::Sim, name, QStringLiteral("Demo"), &error)
                    && !watchlist->symbolsOf(model::ExchangeId::Sim).contains(name))
                    qCWarning(lcWorkstation).noquote() << "demo watchlist:" << error;
            }
        },
        Qt::SingleShotConnection);
    QStringList keys;
    for (const QString &name : names)
        keys << QStringLiteral("sim:") + name;
    m_window.chartTabs()->setSymbolChoices(keys);
    m_window.openChart(QStringLiteral("sim"), names.value(0), QStringLiteral("1m"));
}

void Workstation::wireViews()
{
    engine::MarketDataService *market = m_marketData.get();
    ui::MainWindow *window = &m_window;
    connect(market, &engine::MarketDataService::formingCandle, window, &ui::MainWindow::onFormingCandle);
    connect(market, &engine::MarketDataService::candlesClosed, window, &ui::MainWindow::onCandlesClosed);
    connect(market, &engine::MarketDataService::statusChanged, window, &ui::MainWindow::onFeedStatusChanged);
    connect(market, &engine::MarketDataService::logLine, this,
            [](const QString &line) { qCInfo(lcWorkstation).noquote() << line; });
    connect(m_analysis, &analysis::AnalysisWorker::patternsChanged, window, &ui::MainWindow::onPatternsChanged);
    connect(m_analysis, &analysis::AnalysisWorker::signalCreated, window, &ui::MainWindow::onSignalCreated);
    connect(m_analysis, &analysis::AnalysisWorker::signalStatusChanged, window,
            &ui::MainWindow::onSignalStatusChanged);
    connect(m_analysis, &analysis::AnalysisWorker::patternsChanged, this, [this] { ++m_patternUpdates; });
    connect(m_analysis, &analysis::AnalysisWorker::signalCreated, this, [this] { ++m_signalsCreated; });

    // Watchlist edits go through the single writer; the feeds follow the list.
    ui::WatchlistDock *watchlist = m_window.watchlistDock();
    watchlist->setWriter(m_writer.get());
    connect(watchlist, &ui::WatchlistDock::watchlistChanged, this, &Workstation::onWatchlistChanged);
    // The search offers the exchange's own symbol list once it has been fetched.
    m_symbolLists = new SymbolListFetcher(m_clock, this);
    connect(watchlist, &ui::WatchlistDock::symbolListWanted, m_symbolLists, &SymbolListFetcher::fetch);
    connect(m_symbolLists, &SymbolListFetcher::fetched, watchlist, [watchlist](model::ExchangeId exchange,
                                                                               const market::SymbolList &list) {
        if (list.ok)
            watchlist->setExchangeSymbolList(exchange, list);
    });
    for (model::ExchangeId exchange : model::allExchangeIds()) {
        const QStringList symbols = watchlist->symbolsOf(exchange);
        if (!symbols.isEmpty())
            onWatchlistChanged(exchange, symbols);
    }

    m_diagnostics = new QTimer(this);
    m_diagnostics->setInterval(kDiagnosticsMs);
    connect(m_diagnostics, &QTimer::timeout, this, &Workstation::publishDiagnostics);
    m_diagnostics->start();
}

void Workstation::onWatchlistChanged(model::ExchangeId exchange, const QStringList &symbols)
{
    if (exchange == model::ExchangeId::Sim && !m_demo)
        return; // the simulated exchange only exists in demo mode
    QList<model::Symbol> parsed;
    for (const QString &text : symbols)
        if (auto symbol = model::Symbol::parse(text))
            parsed.append(*symbol);
    m_marketData->setSymbols(exchange, parsed);
}

void Workstation::publishDiagnostics()
{
    QList<ui::DiagnosticMetric> metrics;
    const storage::StorageWriter::Stats writer = m_writer->stats();
    const double rowsPerSecond = double(writer.rowsCommitted - m_lastRowsCommitted) * 1000.0 / kDiagnosticsMs;
    m_lastRowsCommitted = writer.rowsCommitted;
    metrics.append({tr("Database"), tr("Queue depth"), double(writer.queueDepth), tr("jobs"), 1000.0});
    metrics.append({tr("Database"), tr("Write rate"), rowsPerSecond, tr("rows/s")});
    metrics.append({tr("Database"), tr("Last commit"), writer.lastCommitMs, tr("ms"), 500.0});
    metrics.append({tr("Database"), tr("Failed jobs"), double(writer.failedJobs), {}, 0.0});
    if (engine::CandleWorker *candles = m_marketData->candleWorker()) {
        const engine::CandleWorker::Stats stats = candles->stats();
        metrics.append({tr("Candles"), tr("Queue depth"), double(stats.queueDepth), tr("batches"), 1000.0});
        metrics.append({tr("Candles"), tr("Latency (mean)"), stats.latencyMeanMs, tr("ms"), 10.0});
        metrics.append({tr("Candles"), tr("Latency (max)"), stats.latencyMaxMs, tr("ms"), 50.0});
        metrics.append({tr("Candles"), tr("Trades"), stats.tradesPerSecond, tr("/s")});
        metrics.append({tr("Candles"), tr("Rejected trades"), double(stats.rejectedTrades), {}});
        metrics.append({tr("Candles"), tr("Kline mismatches"), double(stats.klineMismatches), {}});
    }
    // Counted here from the worker's queued signals: its own stats belong to its thread.
    metrics.append({tr("Analysis"), tr("Pattern updates"), double(m_patternUpdates), {}});
    metrics.append({tr("Analysis"), tr("Signals created"), double(m_signalsCreated), {}});
    for (const market::FeedStatus &status : m_marketData->statuses()) {
        const QString source = tr("Feed %1").arg(model::exchangeDisplayName(status.exchange));
        metrics.append({source, tr("Messages"), status.messagesPerSecond, tr("/s")});
        metrics.append({source, tr("Last message"), double(status.lastMessageAgeMs), tr("ms"), 30'000.0});
        metrics.append({source, tr("Reconnects"), double(status.reconnects), {}});
    }
    m_window.diagnosticsDock()->setMetrics(metrics);
}

void Workstation::stop()
{
    if (m_stopped || !m_writer)
        return;
    m_stopped = true;
    if (m_diagnostics)
        m_diagnostics->stop();
    if (m_marketData)
        m_marketData->stop(); // feeds, then the candle thread: every closed candle handed to the writer
    if (m_alerts)
        m_alerts->stop();
    if (m_analysisThread) {
        m_analysisThread->quit();
        m_analysisThread->wait();
    }
    if (m_demo)
        m_demo->stop();
    m_writer->stop(); // drains its queue
}

} // namespace cl::app
