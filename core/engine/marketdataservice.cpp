#include "marketdataservice.h"

#include "analysis/analysisworker.h"
#include "market/adapterfactory.h"
#include "storage/storagewriter.h"

#include <QThread>

namespace cl::engine {

MarketDataService::MarketDataService(storage::StorageWriter &writer, const model::Clock &clock, Options options,
                                     QObject *parent)
    : QObject(parent), m_writer(writer), m_clock(clock), m_options(std::move(options))
{
    qRegisterMetaType<cl::market::FeedStatus>();
    qRegisterMetaType<cl::market::SymbolTrades>();
    qRegisterMetaType<cl::market::ExchangeCandles>();
    qRegisterMetaType<cl::market::FormingCandle>();
    qRegisterMetaType<cl::market::ClosedCandles>();
    qRegisterMetaType<cl::model::ExchangeId>();
    qRegisterMetaType<cl::model::Symbol>();
    qRegisterMetaType<QList<cl::model::Symbol>>();
    qRegisterMetaType<cl::model::CandleSeries>();
    qRegisterMetaType<cl::model::Timeframe>();
}

MarketDataService::~MarketDataService()
{
    stop();
}

void MarketDataService::setAnalysisWorker(analysis::AnalysisWorker *worker)
{
    m_analysis = worker;
}

void MarketDataService::setEndpoints(model::ExchangeId exchange, const QString &webSocketBaseUrl, const QString &restBaseUrl)
{
    Feed &feed = m_feeds[exchange];
    feed.webSocketBaseUrl = webSocketBaseUrl;
    feed.restBaseUrl = restBaseUrl;
}

void MarketDataService::ensureCandleThread()
{
    if (m_candles)
        return;
    m_candleThread = new QThread(this);
    m_candleThread->setObjectName(QStringLiteral("candles"));
    m_candles = new CandleWorker(m_writer, m_clock, m_options.candles);
    m_candles->moveToThread(m_candleThread);
    connect(m_candles, &CandleWorker::formingCandle, this, &MarketDataService::formingCandle);
    connect(m_candles, &CandleWorker::candlesClosed, this, &MarketDataService::candlesClosed);
    if (m_analysis) {
        analysis::AnalysisWorker *analysis = m_analysis;
        connect(m_candles, &CandleWorker::candlesClosed, analysis, [analysis](const market::ClosedCandles &closed) {
            analysis->onCandlesClosed(closed.exchange, closed.symbol, closed.timeframe, closed.candles);
        });
    }
    m_candleThread->start();
}

void MarketDataService::startFeed(model::ExchangeId exchange, Feed &feed)
{
    FeedWorker::Options options = m_options.feed;
    options.databasePath = m_options.databasePath;
    options.backfillMinutes = m_options.backfillMinutes;
    options.webSocketBaseUrl = feed.webSocketBaseUrl;
    options.restBaseUrl = feed.restBaseUrl;
    options.formingThrottleMs = m_options.candles.formingThrottleMs; // trades that update the chart are not held

    if (auto adapter = market::createExchangeAdapter(exchange, m_clock)) {
        const market::CandleCloseRule rule = adapter->candleCloseRule();
        CandleWorker *candles = m_candles;
        QMetaObject::invokeMethod(candles, [candles, exchange, rule] { candles->setCloseRule(exchange, rule); });
    }

    feed.thread = new QThread(this);
    feed.thread->setObjectName(QStringLiteral("feed-%1").arg(model::exchangeIdToString(exchange)));
    feed.worker = new FeedWorker(exchange, m_clock, &m_writer, options);
    feed.worker->moveToThread(feed.thread);
    FeedWorker *worker = feed.worker;
    connect(worker, &FeedWorker::trades, m_candles, &CandleWorker::onTrades);
    connect(worker, &FeedWorker::exchangeCandles, m_candles, &CandleWorker::onExchangeCandles);
    connect(worker, &FeedWorker::backfillStarted, m_candles, &CandleWorker::onBackfillStarted);
    connect(worker, &FeedWorker::backfilled, m_candles, &CandleWorker::onBackfill);
    connect(worker, &FeedWorker::backfillFinished, m_candles, &CandleWorker::onBackfillFinished);
    connect(worker, &FeedWorker::exchangeTime, m_candles, &CandleWorker::onExchangeTime);
    connect(m_candles, &CandleWorker::candlesClosed, worker, &FeedWorker::onCandlesStored);
    connect(worker, &FeedWorker::trades, this, &MarketDataService::trades);
    connect(worker, &FeedWorker::logLine, this, &MarketDataService::logLine);
    connect(worker, &FeedWorker::backfillFinished, this, &MarketDataService::backfillFinished);
    connect(worker, &FeedWorker::statusChanged, this, [this](const market::FeedStatus &status) {
        m_statuses[status.exchange] = status;
        emit statusChanged(status);
    });
    feed.thread->start();
    QMetaObject::invokeMethod(worker, &FeedWorker::start, Qt::QueuedConnection);
}

void MarketDataService::setSymbols(model::ExchangeId exchange, const QList<model::Symbol> &symbols)
{
    if (m_stopped)
        return;
    Feed &feed = m_feeds[exchange];
    if (symbols.isEmpty()) {
        stopFeed(feed);
        market::FeedStatus status;
        status.exchange = exchange;
        m_statuses[exchange] = status;
        emit statusChanged(status);
        return;
    }
    ensureCandleThread();
    if (!feed.worker)
        startFeed(exchange, feed);
    FeedWorker *worker = feed.worker;
    // Queued after start(): the worker applies the symbols on its own thread.
    QMetaObject::invokeMethod(worker, [worker, symbols] { worker->setSymbols(symbols); }, Qt::QueuedConnection);
}

QList<market::FeedStatus> MarketDataService::statuses() const
{
    QList<market::FeedStatus> result;
    for (const auto &[exchange, status] : m_statuses)
        result.append(status);
    return result;
}

void MarketDataService::stopFeed(Feed &feed)
{
    if (!feed.worker)
        return;
    // The worker stops its input, repairs the minutes that closed, closes its sockets and deletes its
    // timers on its own thread; then the thread ends.
    FeedWorker *worker = feed.worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->drain(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(worker, &FeedWorker::shutdown, Qt::BlockingQueuedConnection);
    feed.thread->quit();
    feed.thread->wait();
    delete feed.worker;
    delete feed.thread;
    feed.worker = nullptr;
    feed.thread = nullptr;
}

void MarketDataService::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // 1. No new input.
    for (auto &[exchange, feed] : m_feeds)
        stopFeed(feed);
    // 2. The candle stage hands everything closed to the writer, and the writer commits it.
    if (m_candles) {
        QMetaObject::invokeMethod(m_candles, &CandleWorker::flush, Qt::BlockingQueuedConnection);
        const storage::StorageWriter::Ticket ticket = m_writer.enqueue([](storage::WriteContext &, QString *) { return true; }, 0);
        m_writer.flush();
        if (ticket != 0)
            m_writer.waitForCommitted(ticket);
        // Let the worker see the commit and announce it (candlesClosed after commit) before its thread ends.
        QMetaObject::invokeMethod(m_candles, [] {}, Qt::BlockingQueuedConnection);
        m_candleThread->quit();
        m_candleThread->wait();
        delete m_candles;
        m_candles = nullptr;
        delete m_candleThread;
        m_candleThread = nullptr;
    }
}

} // namespace cl::engine
