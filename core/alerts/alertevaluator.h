#pragma once

#include "alertfiring.h"
#include "alertrule.h"
#include "analysis/rsistream.h"
#include "analysis/volumespikestream.h"
#include "market/marketevents.h"
#include "model/candle.h"
#include "model/clock.h"
#include "model/pattern.h"
#include "model/signal.h"
#include "model/trade.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <deque>
#include <limits>
#include <memory>
#include <vector>

namespace cl::alerts {

// Decides which rules fire, without threads, timers or I/O: every input is a value, "now" comes from the
// injected Clock, and the firings are appended to `out`. The AlertWorker drives it on its thread; tests
// drive it with a ManualClock and scripted trades.
//
// Semantics (issue 6):
// - price_above / price_below fire on a cross: the previous trade on the other side of the level and this
//   one at or beyond it. The first trade seen only sets the reference, so a rule created while the price
//   is already above its level does not fire until the price goes below and crosses again.
// - pct_change, volume_spike, rsi_* are level conditions: they fire when the condition becomes true and
//   arm again only after it was false once (so a long spike is one firing, not one per batch).
// - pattern, pattern_zone and signal fire once per pattern / signal (deduplicated by natural key).
// - feed_disconnected fires once per outage when the feed has not been live for more than N ms.
// - Gates for every firing: enabled, not expired (expired rules finish), inside the active hours (UTC),
//   and for re-arming rules the cooldown per symbol. A one-shot rule finishes after its first firing.
class AlertEvaluator
{
public:
    explicit AlertEvaluator(const model::Clock &clock);

    // Replaces the rules; evaluation state starts afresh (the next trade sets a new cross reference).
    void setRules(AlertRuleList rules);
    // The symbols of a watchlist that rules may name in their scope.
    void setWatchlist(const QString &name, SymbolRefList symbols);
    const AlertRuleList &rules() const { return m_rules; }
    // True when a rule watches the symbol.
    bool watches(model::ExchangeId exchange, const model::Symbol &symbol) const;
    // True when a rule of the symbol reads trades (price crosses, % change): others' trades need not be kept.
    bool watchesTrades(model::ExchangeId exchange, const model::Symbol &symbol) const;
    bool hasFeedRules() const { return !m_feeds.empty(); }

    void onTrades(model::ExchangeId exchange, const model::Symbol &symbol, const model::TradeBatch &trades,
        AlertFiringList &out);
    void onCandlesClosed(model::ExchangeId exchange, const model::Symbol &symbol, model::Timeframe timeframe,
        const model::CandleSeries &candles, AlertFiringList &out);
    void onPatterns(model::ExchangeId exchange, const model::Symbol &symbol, const model::PatternList &patterns,
        AlertFiringList &out);
    void onSignal(const model::Signal &signal, AlertFiringList &out);
    void onFeedStatus(const market::FeedStatus &status, AlertFiringList &out);
    // Re-checks the feed-down timers (a feed that stopped reporting still has to fire).
    void tick(AlertFiringList &out);

    // Rules that finished since the last call (one-shot fired, or expired): their ids, for disabling them.
    std::vector<qint64> takeFinishedRules();
    bool isFinished(qint64 ruleId) const;

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min() / 2;

    // One rule watching one symbol.
    struct Binding
    {
        size_t rule = 0;
        double lastPrice = std::numeric_limits<double>::quiet_NaN();
        bool armed = true;
        qint64 lastFiredAt = kNever;
        std::unique_ptr<analysis::RsiStream> rsi;
        std::unique_ptr<analysis::VolumeSpikeStream> volume;
    };
    struct PriceSample
    {
        qint64 time = 0;
        double price = 0.0;
    };
    struct SymbolSlot
    {
        SymbolRef ref;
        std::vector<Binding> bindings;
        std::deque<PriceSample> samples; // one per second of trade time, for pct_change
        qint64 maxWindowMs = 0;
        bool tradeRules = false;
    };
    struct FeedWatch
    {
        size_t rule = 0;
        model::ExchangeId exchange = model::ExchangeId::Binance;
        qint64 downSince = -1;
        bool fired = false;
        qint64 lastFiredAt = kNever;
    };

    void rebuild();
    SymbolSlot *slotFor(model::ExchangeId exchange, const model::Symbol &symbol);
    bool mayFire(size_t rule, qint64 lastFiredAt, qint64 now);
    void fire(size_t rule, Binding *binding, const SymbolSlot *slot, QString message, QJsonObject values,
        AlertFiringList &out, std::optional<model::ExchangeId> exchange = std::nullopt);
    void finish(size_t rule);
    void recordSample(SymbolSlot &slot, const model::Trade &trade);
    double referencePrice(const SymbolSlot &slot, qint64 at) const;
    // Level conditions: fire on false -> true.
    void level(size_t rule, Binding &binding, const SymbolSlot &slot, bool condition, const QString &message,
        const QJsonObject &values, AlertFiringList &out);
    void checkFeed(FeedWatch &watch, AlertFiringList &out);
    bool firstTime(const AlertRule &rule, const QString &key);

    const model::Clock &m_clock;
    AlertRuleList m_rules;
    std::vector<bool> m_finished;
    std::vector<qint64> m_finishedIds;
    QHash<QString, SymbolRefList> m_watchlists;
    QHash<QString, SymbolSlot *> m_slotByKey;
    std::vector<std::unique_ptr<SymbolSlot>> m_slots;
    std::vector<FeedWatch> m_feeds;
    QSet<QString> m_seen; // "ruleId|natural key" of pattern, zone and signal firings
};

} // namespace cl::alerts
