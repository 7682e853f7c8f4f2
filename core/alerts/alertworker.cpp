#include "alertworker.h"

#include "alerteventrepository.h"
#include "alertrulerepository.h"
#include "qtdelayscheduler.h"
#include "storage/storagewriter.h"

namespace cl::alerts {

AlertWorker::AlertWorker(const model::Clock &clock, storage::StorageWriter *writer, qint64 lastEventId,
    DelayScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_writer(writer)
    , m_lastEventId(lastEventId)
    , m_evaluator(clock)
{
    qRegisterMetaType<cl::alerts::AlertFiring>();
    qRegisterMetaType<cl::alerts::AlertRuleList>();
    qRegisterMetaType<cl::alerts::SymbolRefList>();
    m_injectedScheduler = scheduler != nullptr;
    // Our own is a child, so it follows the worker to its thread; its timers are made there.
    m_scheduler = scheduler ? scheduler : new QtDelayScheduler(this);
}

AlertWorker::~AlertWorker()
{
    if (m_injectedScheduler) {
        // An injected scheduler may outlive us: nothing may call back into this object.
        for (const auto &pending : m_pendingStore)
            m_scheduler->cancel(pending->flushTask);
        m_scheduler->cancel(m_feedTick);
    }
}

void AlertWorker::setRules(const AlertRuleList &rules)
{
    m_evaluator.setRules(rules);
    scheduleFeedTick();
}

void AlertWorker::setWatchlist(const QString &name, const SymbolRefList &symbols)
{
    m_evaluator.setWatchlist(name, symbols);
}

void AlertWorker::onTrades(const market::SymbolTrades &batch)
{
    if (batch.trades.empty() || !m_evaluator.watchesTrades(batch.exchange, batch.symbol))
        return;
    ++m_stats.tradeBatches;
    m_stats.trades += batch.trades.size();
    const QString key = model::exchangeIdToString(batch.exchange) + QLatin1Char(':') + batch.symbol.toString();
    PendingTrades *pending = m_pending.value(key);
    if (!pending) {
        m_pendingStore.push_back(std::make_unique<PendingTrades>());
        pending = m_pendingStore.back().get();
        pending->exchange = batch.exchange;
        pending->symbol = batch.symbol;
        m_pending.insert(key, pending);
    }
    pending->trades.insert(pending->trades.end(), batch.trades.begin(), batch.trades.end());
    const qint64 now = m_clock.nowMs();
    if (now - pending->lastEvalAt >= kMinEvalIntervalMs) {
        evaluate(*pending);
        return;
    }
    if (pending->flushTask == 0) {
        pending->flushTask = m_scheduler->schedule(pending->lastEvalAt + kMinEvalIntervalMs - now, [this, pending] {
            pending->flushTask = 0;
            evaluate(*pending);
        });
    }
}

void AlertWorker::evaluate(PendingTrades &pending)
{
    if (pending.flushTask != 0) {
        m_scheduler->cancel(pending.flushTask);
        pending.flushTask = 0;
    }
    pending.lastEvalAt = m_clock.nowMs();
    if (pending.trades.empty())
        return;
    ++m_stats.evaluations;
    m_evaluator.onTrades(pending.exchange, pending.symbol, pending.trades, m_out);
    pending.trades.clear();
    publish();
}

void AlertWorker::flushPending()
{
    for (const auto &pending : m_pendingStore) {
        if (!pending->trades.empty())
            evaluate(*pending);
    }
}

void AlertWorker::onCandlesClosed(const market::ClosedCandles &closed)
{
    m_evaluator.onCandlesClosed(closed.exchange, closed.symbol, closed.timeframe, closed.candles, m_out);
    publish();
}

void AlertWorker::onPatternsChanged(
    model::ExchangeId exchange, const model::Symbol &symbol, const model::PatternList &patterns)
{
    m_evaluator.onPatterns(exchange, symbol, patterns, m_out);
    publish();
}

void AlertWorker::onSignalCreated(const model::Signal &signal)
{
    m_evaluator.onSignal(signal, m_out);
    publish();
}

void AlertWorker::onFeedStatus(const market::FeedStatus &status)
{
    m_evaluator.onFeedStatus(status, m_out);
    publish();
}

void AlertWorker::scheduleFeedTick()
{
    if (m_feedTick != 0 || !m_evaluator.hasFeedRules())
        return;
    m_feedTick = m_scheduler->schedule(kFeedTickMs, [this] {
        m_feedTick = 0;
        m_evaluator.tick(m_out);
        publish();
        scheduleFeedTick();
    });
}

void AlertWorker::publish()
{
    AlertFiringList firings;
    firings.swap(m_out);
    for (AlertFiring &firing : firings) {
        firing.eventId = ++m_lastEventId;
        ++m_stats.firings;
        if (m_writer) {
            m_writer->enqueue([firing](storage::WriteContext &context, QString *error) {
                qint64 symbolId = 0;
                if (firing.symbol) {
                    const auto id = context.symbols.ensure(firing.symbol->exchange, firing.symbol->symbol, error);
                    if (!id)
                        return false;
                    symbolId = *id;
                }
                return AlertEventRepository(context.connection).insert(firing, symbolId, error).has_value();
            });
        }
        emit alertFired(firing);
    }
    for (const qint64 ruleId : m_evaluator.takeFinishedRules()) {
        if (m_writer && ruleId > 0) {
            m_writer->enqueue([ruleId](storage::WriteContext &context, QString *error) {
                return AlertRuleRepository(context.connection).setEnabled(ruleId, false, error);
            });
        }
        emit ruleFinished(ruleId);
    }
}

} // namespace cl::alerts
