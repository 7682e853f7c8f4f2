#include "feedworker.h"

#include "market/adapterfactory.h"
#include "market/servertime.h"
#include "storage/candlerepository.h"
#include "storage/coveragerepository.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QDateTime>
#include <QEventLoop>

#include <algorithm>

namespace cl::engine {

Q_LOGGING_CATEGORY(lcFeedWorker, "cryptolens.engine.feed")

namespace {
constexpr qint64 kMinuteMs = 60'000;
// Beyond the CandleWorker's throttle before a trade skips the hold: its clock reads the batch a little later
// than this one sent it, and a forming update it holds back would wait for the next batch.
constexpr qint64 kFormingMarginMs = 2;

qint64 floorMinute(qint64 ms)
{
    return ms - ((ms % kMinuteMs) + kMinuteMs) % kMinuteMs;
}

QString formatMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

FeedWorker::FeedWorker(model::ExchangeId exchange, const model::Clock &clock, storage::StorageWriter *writer,
                       Options options, QObject *parent)
    : QObject(parent), m_exchange(exchange), m_clock(clock), m_writer(writer), m_options(std::move(options)),
      m_exchangeClock(clock), m_holeBackoff(m_options.backfill.seed ^ 0x401e, m_options.holeRetry)
{
    // The adapter's "not in the future" bound follows the exchange's clock: a simulated exchange running
    // faster than real time (replay-server --speed) is ahead of the local clock by design.
    m_adapter = market::createExchangeAdapter(exchange, m_exchangeClock);
}

FeedWorker::~FeedWorker()
{
    shutdown();
}

void FeedWorker::start()
{
    if (m_started || !m_adapter)
        return;
    m_started = true;
    if (!m_options.webSocketBaseUrl.isEmpty())
        m_adapter->setWebSocketBaseUrl(m_options.webSocketBaseUrl);
    if (!m_options.restBaseUrl.isEmpty())
        m_adapter->setRestBaseUrl(m_options.restBaseUrl);

    m_network = new QNetworkAccessManager(this);
    m_backfiller = new market::KlineBackfiller(*m_adapter, m_exchangeClock, *m_network, m_options.backfill, this);
    connect(m_backfiller, &market::KlineBackfiller::page, this,
            [this](const model::Symbol &symbol, const model::CandleSeries &closed) {
                flushTrades();
                if (!closed.empty())
                    m_exchangeClock.observe(closed.back().openTime + kMinuteMs);
                emit backfilled(market::ClosedCandles{m_exchange, symbol, model::Timeframe::M1, closed});
            });
    connect(m_backfiller, &market::KlineBackfiller::finished, this, &FeedWorker::onBackfillFinished);
    connect(m_backfiller, &market::KlineBackfiller::logLine, this, &FeedWorker::logLine);

    quint64 seed = m_options.connection.seed;
    for (const market::Endpoint &endpoint : m_adapter->endpoints()) {
        market::FeedConnection::Options options = m_options.connection;
        options.seed = seed++;
        auto *connection = new market::FeedConnection(*m_adapter, endpoint, m_clock, options, this);
        connection->setNetworkAccessManager(m_network);
        connect(connection, &market::FeedConnection::frameParsed, this, &FeedWorker::onFrame, Qt::DirectConnection);
        connect(connection, &market::FeedConnection::controlReceived, this,
                [this](const market::ControlEvent &control) {
                    if (control.serverTimeMs > 0)
                        m_exchangeClock.observe(control.serverTimeMs);
                },
                Qt::DirectConnection);
        connect(connection, &market::FeedConnection::live, this, &FeedWorker::onLive);
        connect(connection, &market::FeedConnection::disconnected, this, &FeedWorker::onDisconnected);
        connect(connection, &market::FeedConnection::logLine, this, &FeedWorker::logLine);
        connect(connection, &market::FeedConnection::stateChanged, this, [this] { emit statusChanged(combinedStatus()); });
        m_connections.push_back(connection);
    }

    m_tick = new QTimer(this);
    m_tick->setInterval(m_options.tickMs);
    connect(m_tick, &QTimer::timeout, this, &FeedWorker::tick);
    m_tick->start();
    m_timeSync = new QTimer(this);
    m_timeSync->setInterval(int(m_options.timeSyncIntervalMs));
    connect(m_timeSync, &QTimer::timeout, this, &FeedWorker::syncTime);
    m_timeSync->start();
    syncTime();

    for (market::FeedConnection *connection : m_connections) {
        connection->setSymbols(m_symbols);
        connection->start();
    }
}

void FeedWorker::setSymbols(const QList<model::Symbol> &symbols)
{
    m_symbols = symbols;
    for (const model::Symbol &symbol : symbols)
        stateOf(symbol);
    for (market::FeedConnection *connection : m_connections)
        connection->setSymbols(symbols);
}

void FeedWorker::drain(int timeoutMs)
{
    if (!m_started || m_draining)
        return;
    m_draining = true;
    flushTrades();
    for (market::FeedConnection *connection : m_connections)
        connection->stop();
    const qint64 closedBefore = floorMinute(m_exchangeClock.nowMs() - kMinuteMs - m_options.repairGraceMs) + kMinuteMs;
    std::vector<Repair> due;
    due.swap(m_repairs);
    for (const Repair &repair : due) {
        const qint64 to = std::min(repair.toMs, closedBefore - kMinuteMs);
        if (repair.fromMs <= to && m_backfiller)
            requestBackfill(repair.symbol, repair.fromMs, to);
    }
    if (!m_backfiller || m_backfiller->isIdle())
        return;
    emit logLine(QStringLiteral("%1 stopping: repairing the last minutes over REST").arg(m_adapter->name()));
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_backfiller, &market::KlineBackfiller::finished, &loop, [this, &loop] {
        if (m_backfiller->isIdle())
            loop.quit();
    }, Qt::QueuedConnection);
    timeout.start(timeoutMs);
    loop.exec();
}

void FeedWorker::shutdown()
{
    if (m_tick)
        m_tick->stop();
    if (m_timeSync)
        m_timeSync->stop();
    for (market::FeedConnection *connection : m_connections) {
        connection->stop();
        delete connection;
    }
    m_connections.clear();
    delete m_backfiller;
    m_backfiller = nullptr;
    delete m_network;
    m_network = nullptr;
    delete m_tick;
    m_tick = nullptr;
    delete m_timeSync;
    m_timeSync = nullptr;
}

FeedWorker::SymbolState &FeedWorker::stateOf(const model::Symbol &symbol)
{
    SymbolState &state = m_state[symbol.toString()];
    if (!state.loaded)
        loadStored(symbol, state);
    return state;
}

// The last stored closed candle (where the backfill of a (re)connect starts) and the holes an earlier run
// recorded: the backfill from the last candle does not reach back to them.
void FeedWorker::loadStored(const model::Symbol &symbol, SymbolState &state)
{
    state.loaded = true;
    if (m_options.databasePath.isEmpty())
        return;
    storage::SqlConnection connection;
    QString error;
    if (!connection.open(m_options.databasePath, storage::SqlConnection::Mode::ReadOnly, &error)) {
        qCWarning(lcFeedWorker).noquote() << "cannot read the last stored candle:" << error;
        return;
    }
    storage::SymbolRepository symbols(connection);
    const std::optional<qint64> id = symbols.find(m_exchange, symbol, &error);
    if (!id)
        return;
    storage::CandleRepository candles(connection);
    const model::CandleSeries newest = candles.loadNewest(*id, model::Timeframe::M1, 1, &error);
    if (!newest.empty())
        state.lastClosedOpenMs = newest.back().openTime;

    error.clear();
    storage::CoverageRepository coverage(connection);
    const QList<storage::CoverageRange> holes = coverage.holes(*id, &error);
    if (!error.isEmpty()) {
        qCWarning(lcFeedWorker).noquote() << "cannot read the coverage holes of" << symbol.toString() << ":" << error;
        return;
    }
    const qint64 now = m_clock.nowMs();
    for (const storage::CoverageRange &hole : holes) {
        // The recorded backoff still applies (a restart right after a failure does not hammer the exchange).
        const qint64 due = std::max(now, hole.nextRetryMs);
        m_holes.push_back({symbol, hole.start, hole.end, due});
        emit logLine(QStringLiteral("%1 %2: hole %3 .. %4 recorded earlier (%5 attempt(s)%6); retried %7")
                         .arg(m_adapter ? m_adapter->name() : model::exchangeIdToString(m_exchange), symbol.toString(),
                              formatMinute(hole.start), formatMinute(hole.end))
                         .arg(hole.attempts)
                         .arg(hole.lastError.isEmpty() ? QString() : QString(QStringLiteral(", last: ") + hole.lastError))
                         .arg(due > now ? QStringLiteral("in %1 s").arg((due - now + 999) / 1000) : QStringLiteral("now")));
    }
}

void FeedWorker::onFrame(const market::ParsedFrame &frame)
{
    if (frame.kind() == market::FrameKind::Trades) {
        const qint64 now = m_clock.nowMs();
        for (const market::MarketTrade &trade : frame.trades()) {
            const model::Symbol &symbol = m_adapter->symbolAt(trade.symbol);
            SymbolState &state = stateOf(symbol);
            if (trade.lastId >= 0 && state.lastTradeId >= 0) {
                if (trade.lastId <= state.lastTradeId)
                    continue; // re-sent (snapshot after a reconnect) or out of order: already seen
                if (trade.firstId > state.lastTradeId + 1 && state.lastTradeMs >= 0 && !state.resumed) {
                    const qint64 from = floorMinute(state.lastTradeMs);
                    const qint64 to = floorMinute(trade.trade.timestamp);
                    emit logLine(QStringLiteral("%1 %2: trade ids jump %3 -> %4; repairing %5 .. %6")
                                     .arg(m_adapter->name(), symbol.toString())
                                     .arg(state.lastTradeId)
                                     .arg(trade.firstId)
                                     .arg(formatMinute(from), formatMinute(to)));
                    m_repairs.push_back({symbol, from, to, to + kMinuteMs + m_options.repairGraceMs});
                }
            }
            if (trade.lastId >= 0)
                state.lastTradeId = trade.lastId;
            if (!frame.isSnapshot())
                state.resumed = false;
            state.lastTradeMs = std::max(state.lastTradeMs, trade.trade.timestamp);
            m_exchangeClock.observe(trade.trade.timestamp);
            PendingTrades &pending = pendingBatch(trade.symbol, symbol, state);
            pending.batch.trades.push_back(trade.trade);
            pending.newestMs = std::max(pending.newestMs, trade.trade.timestamp);
            if (formingDue(state, trade.trade.timestamp, now, kFormingMarginMs))
                flushTrades(); // this trade updates the chart: no wait for the rest of the read
        }
        if (!m_pendingTrades.empty() && !m_flushQueued) {
            // Posted now, runs once the frames already read from the socket have been parsed.
            m_flushQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_flushQueued = false;
                flushTrades();
            }, Qt::QueuedConnection);
        }
    } else if (frame.kind() == market::FrameKind::Candles) {
        flushTrades(); // the trades of a minute reach the CandleWorker before the kline that closes it
        std::map<int, market::ExchangeCandles> batches;
        for (const market::CandleUpdate &update : frame.candles()) {
            if (update.intervalMs != kMinuteMs)
                continue;
            if (update.eventTimeMs > 0)
                m_exchangeClock.observe(update.eventTimeMs);
            market::ExchangeCandles &batch = batches[update.symbol];
            if (batch.updates.empty()) {
                batch.exchange = m_exchange;
                batch.symbol = m_adapter->symbolAt(update.symbol);
            }
            batch.updates.push_back({update.candle, update.state, update.eventTimeMs});
        }
        for (auto &[index, batch] : batches)
            emit exchangeCandles(batch);
    }
}

FeedWorker::PendingTrades &FeedWorker::pendingBatch(int symbolIndex, const model::Symbol &symbol, SymbolState &state)
{
    // Few symbols per read, and the last one is the usual match.
    for (auto it = m_pendingTrades.rbegin(); it != m_pendingTrades.rend(); ++it)
        if (it->symbolIndex == symbolIndex)
            return *it;
    PendingTrades &pending = m_pendingTrades.emplace_back();
    pending.symbolIndex = symbolIndex;
    pending.state = &state; // m_state is a std::map: the address stays valid
    pending.batch.exchange = m_exchange;
    pending.batch.symbol = symbol;
    return pending;
}

// Whether the CandleWorker sends a forming candle when it gets a trade at tradeMs (CandleWorker::updateForming);
// marginMs widens the throttle interval.
bool FeedWorker::formingDue(const SymbolState &state, qint64 tradeMs, qint64 nowMs, qint64 marginMs) const
{
    return state.formingSentMs < 0 || floorMinute(tradeMs) > state.formingMinute
           || nowMs - state.formingSentMs >= m_options.formingThrottleMs + marginMs;
}

void FeedWorker::flushTrades()
{
    if (m_pendingTrades.empty())
        return;
    // Taken out first: a receiver on this thread may re-enter onFrame (a nested event loop).
    std::vector<PendingTrades> pending;
    pending.swap(m_pendingTrades);
    const qint64 now = m_clock.nowMs();
    for (PendingTrades &p : pending) {
        SymbolState &state = *p.state;
        if (formingDue(state, p.newestMs, now, 0)) {
            state.formingSentMs = now;
            state.formingMinute = std::max(state.formingMinute, floorMinute(p.newestMs));
        }
        emit trades(p.batch);
    }
}

void FeedWorker::onDisconnected()
{
    flushTrades();
    if (m_disconnectedAtMs < 0)
        m_disconnectedAtMs = m_exchangeClock.nowMs();
}

void FeedWorker::onLive(bool firstConnect)
{
    syncTime();
    const qint64 now = m_exchangeClock.nowMs();
    emit logLine(QStringLiteral("%1 live (%2), %3 symbol(s); backfilling")
                     .arg(m_adapter->name(), firstConnect ? QStringLiteral("first connect") : QStringLiteral("reconnected"))
                     .arg(m_symbols.size()));
    for (const model::Symbol &symbol : m_symbols) {
        SymbolState &state = stateOf(symbol);
        backfillSymbol(symbol, state);
        // Trades of the outage are lost to the live stream: fetch its minutes again once they have closed.
        if (!firstConnect) {
            qint64 lost = m_disconnectedAtMs >= 0 ? std::min(m_disconnectedAtMs, now) : now;
            // From the last trade received, when that was shortly before the drop was noticed.
            if (state.lastTradeMs >= 0 && state.lastTradeMs > lost - 10 * kMinuteMs)
                lost = std::min(lost, state.lastTradeMs);
            const qint64 from = floorMinute(lost);
            const qint64 to = floorMinute(now);
            m_repairs.push_back({symbol, from, to, to + kMinuteMs + m_options.repairGraceMs});
        }
        // The ids of the outage are missing; the backfill and the repair above cover that jump.
        state.resumed = !firstConnect;
    }
    m_disconnectedAtMs = -1;
}

void FeedWorker::backfillSymbol(const model::Symbol &symbol, SymbolState &state)
{
    const qint64 now = m_exchangeClock.nowMs();
    const qint64 to = floorMinute(now);
    const qint64 from = state.lastClosedOpenMs >= 0 ? state.lastClosedOpenMs + kMinuteMs
                                                    : to - qint64(m_options.backfillMinutes) * kMinuteMs;
    if (from > to || !m_backfiller)
        return;
    requestBackfill(symbol, from, to);
}

void FeedWorker::requestBackfill(const model::Symbol &symbol, qint64 fromMs, qint64 toMs)
{
    if (m_backfiller->request(symbol, fromMs, toMs))
        emit backfillStarted(m_exchange, symbol); // ended by backfillFinished, once per request
}

void FeedWorker::requestHole(const Repair &hole)
{
    m_holesInFlight.push_back(hole);
    requestBackfill(hole.symbol, hole.fromMs, hole.toMs);
}

// Whether result is the retry of a hole (and forgets it).
bool FeedWorker::takeHoleRepair(const market::KlineBackfiller::Result &result)
{
    const auto it = std::find_if(m_holesInFlight.begin(), m_holesInFlight.end(), [&result](const Repair &hole) {
        return hole.symbol == result.symbol && floorMinute(hole.fromMs) == result.fromMs && floorMinute(hole.toMs) == result.toMs;
    });
    if (it == m_holesInFlight.end())
        return false;
    m_holesInFlight.erase(it);
    return true;
}

void FeedWorker::onBackfillFinished(const market::KlineBackfiller::Result &result)
{
    SymbolState &state = stateOf(result.symbol);
    const bool hole = takeHoleRepair(result);
    if (result.ok) {
        emit logLine(QStringLiteral("%1 backfill %2: %3 closed candle(s) %4 .. %5")
                         .arg(m_adapter->name(), result.symbol.toString())
                         .arg(result.candles)
                         .arg(formatMinute(result.fromMs), formatMinute(result.toMs)));
        if (result.lastClosedOpenMs >= 0)
            state.lastClosedOpenMs = std::max(state.lastClosedOpenMs, result.lastClosedOpenMs);
        // A hole is repaired over every minute of it that has closed: the exchange returned all it has for
        // them, and a closed minute without a row had no trades (REST gaps are normal for quiet minutes), so
        // the record must not keep it as a hole forever. Elsewhere only what came back counts as stored.
        qint64 storedTo = result.lastClosedOpenMs;
        if (hole) {
            const qint64 lastClosed = floorMinute(m_exchangeClock.nowMs()) - kMinuteMs;
            storedTo = std::max(storedTo, std::min(result.toMs, lastClosed));
            if (result.toMs > lastClosed) { // still forming when retried: its end is retried once it has closed
                const qint64 wait = result.toMs + kMinuteMs + m_options.repairGraceMs - m_exchangeClock.nowMs();
                m_holes.push_back({result.symbol, std::max(result.fromMs, lastClosed + kMinuteMs), result.toMs,
                                   m_clock.nowMs() + std::max<qint64>(wait, 0)});
            }
        }
        if (storedTo >= result.fromMs)
            recordCoverage(result.symbol, result.fromMs, storedTo, true, QString(), -1);
    } else {
        const qint64 delay = m_holeBackoff.nextDelayMs() + 1'000;
        emit logLine(QStringLiteral("%1 backfill %2 failed (%3); hole %4 .. %5 retried in %6 s")
                         .arg(m_adapter->name(), result.symbol.toString(), result.error)
                         .arg(formatMinute(result.fromMs), formatMinute(result.toMs))
                         .arg(delay / 1000));
        const qint64 due = m_clock.nowMs() + delay;
        m_holes.push_back({result.symbol, result.fromMs, result.toMs, due});
        recordCoverage(result.symbol, result.fromMs, result.toMs, false, result.error, due);
    }
    emit backfillFinished(m_exchange, result.symbol, result.ok, result.candles);
}

void FeedWorker::onCandlesStored(const market::ClosedCandles &closed)
{
    if (closed.exchange != m_exchange || closed.timeframe != model::Timeframe::M1 || closed.candles.empty())
        return;
    SymbolState &state = stateOf(closed.symbol);
    state.lastClosedOpenMs = std::max(state.lastClosedOpenMs, closed.candles.back().openTime);
    recordCoverage(closed.symbol, closed.candles.front().openTime, closed.candles.back().openTime, true, QString(), -1);
}

void FeedWorker::recordCoverage(const model::Symbol &symbol, qint64 fromMs, qint64 toMs, bool stored,
                                const QString &why, qint64 nextRetryMs)
{
    if (!m_writer)
        return;
    const model::ExchangeId exchange = m_exchange;
    const qint64 now = m_clock.nowMs();
    m_writer->enqueue([=](storage::WriteContext &context, QString *error) {
        const std::optional<qint64> id = context.symbols.ensure(exchange, symbol, error);
        if (!id)
            return false;
        storage::CoverageRepository coverage(context.connection);
        return stored ? coverage.addStored(*id, fromMs, toMs, now, error)
                      : coverage.addHole(*id, fromMs, toMs, nextRetryMs, why, now, error);
    });
}

void FeedWorker::tick()
{
    const qint64 exchangeNow = m_exchangeClock.nowMs();
    if (m_draining)
        return;
    flushTrades(); // before the exchange time that may close the minute of these trades
    if (exchangeNow != m_lastExchangeTimeSent) {
        m_lastExchangeTimeSent = exchangeNow;
        emit exchangeTime(m_exchange, exchangeNow);
    }
    for (auto it = m_repairs.begin(); it != m_repairs.end();) {
        if (exchangeNow >= it->dueMs && m_backfiller) {
            requestBackfill(it->symbol, it->fromMs, it->toMs);
            it = m_repairs.erase(it);
        } else {
            ++it;
        }
    }
    const qint64 localNow = m_clock.nowMs();
    for (auto it = m_holes.begin(); it != m_holes.end();) {
        if (localNow >= it->dueMs && m_backfiller) {
            requestHole(*it);
            it = m_holes.erase(it);
        } else {
            ++it;
        }
    }
    if (localNow - m_lastStatusMs >= 1000) {
        m_lastStatusMs = localNow;
        emit statusChanged(combinedStatus());
    }
}

void FeedWorker::syncTime()
{
    if (!m_network || !m_adapter)
        return;
    const QString path = market::ServerTime::path(*m_adapter);
    if (path.isEmpty())
        return;
    QNetworkRequest request{QUrl(m_adapter->restBaseUrl() + path)};
    request.setTransferTimeout(10'000);
    const qint64 sentAt = m_clock.nowMs();
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return;
        if (const auto server = market::ServerTime::parse(*m_adapter, reply->readAll()))
            m_exchangeClock.setServerTime(*server, (sentAt + m_clock.nowMs()) / 2);
    });
}

market::FeedStatus FeedWorker::combinedStatus() const
{
    market::FeedStatus status;
    status.exchange = m_exchange;
    status.symbols = int(m_symbols.size());
    bool first = true;
    for (const market::FeedConnection *connection : m_connections) {
        const market::FeedStatus one = connection->status();
        if (first) {
            status = one;
            first = false;
            continue;
        }
        // The worst connection decides the state: "live" only when every endpoint is.
        if (one.state != market::FeedState::Live)
            status.state = one.state;
        status.reconnects += one.reconnects;
        status.messagesPerSecond += one.messagesPerSecond;
        status.lastMessageAgeMs = std::max(status.lastMessageAgeMs, one.lastMessageAgeMs);
        if (!one.detail.isEmpty())
            status.detail = one.detail;
    }
    return status;
}

} // namespace cl::engine
