#pragma once

#include "alertevaluator.h"
#include "alertfiring.h"
#include "alertrule.h"
#include "delayscheduler.h"
#include "market/marketevents.h"
#include "model/clock.h"
#include "model/pattern.h"
#include "model/signal.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace cl::storage {
class StorageWriter;
}

namespace cl::alerts {

// Evaluates the alert rules on its own thread (the composition root moves it to a QThread and connects the
// MarketDataService and AnalysisWorker signals to these slots, queued). Trade batches are collected per
// symbol and evaluated at most every kMinEvalIntervalMs (10 times a second) with every trade in order, so
// a cross inside a burst is not lost. Each firing gets the next alert_events id, is written through the
// StorageWriter with the values that fired it, and is announced with alertFired(). One-shot rules that
// fired and expired rules are disabled in the database and announced with ruleFinished().
class AlertWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMinEvalIntervalMs = 100;
    static constexpr qint64 kFeedTickMs = 1000;

    struct Stats
    {
        quint64 tradeBatches = 0;
        quint64 trades = 0;
        quint64 evaluations = 0;
        quint64 firings = 0;
    };

    // writer may be null (nothing stored); lastEventId: the largest alert_events id already stored
    // (AlertEventRepository::maxEventId). scheduler null: QTimers on the worker's thread.
    AlertWorker(const model::Clock &clock, storage::StorageWriter *writer, qint64 lastEventId,
        DelayScheduler *scheduler = nullptr, QObject *parent = nullptr);
    ~AlertWorker() override;

    const Stats &stats() const { return m_stats; }
    const AlertEvaluator &evaluator() const { return m_evaluator; }

public slots:
    void setRules(const cl::alerts::AlertRuleList &rules);
    void setWatchlist(const QString &name, const cl::alerts::SymbolRefList &symbols);
    void onTrades(const cl::market::SymbolTrades &batch);
    void onCandlesClosed(const cl::market::ClosedCandles &closed);
    void onPatternsChanged(
        cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, const cl::model::PatternList &patterns);
    void onSignalCreated(const cl::model::Signal &signal);
    void onFeedStatus(const cl::market::FeedStatus &status);
    // Evaluates every symbol with trades waiting for its throttle slot now (stop, tests).
    void flushPending();

signals:
    void alertFired(const cl::alerts::AlertFiring &firing);
    void ruleFinished(qint64 ruleId);

private:
    struct PendingTrades
    {
        model::ExchangeId exchange = model::ExchangeId::Binance;
        model::Symbol symbol;
        model::TradeBatch trades;
        qint64 lastEvalAt = std::numeric_limits<qint64>::min() / 2;
        DelayScheduler::TaskId flushTask = 0;
    };

    void evaluate(PendingTrades &pending);
    void publish();
    void scheduleFeedTick();

    const model::Clock &m_clock;
    storage::StorageWriter *m_writer;
    qint64 m_lastEventId;
    bool m_injectedScheduler = false;
    DelayScheduler *m_scheduler;
    AlertEvaluator m_evaluator;
    QHash<QString, PendingTrades *> m_pending;
    std::vector<std::unique_ptr<PendingTrades>> m_pendingStore;
    DelayScheduler::TaskId m_feedTick = 0;
    AlertFiringList m_out;
    Stats m_stats;
};

} // namespace cl::alerts
