#include "alertevaluator.h"

#include <algorithm>
#include <cmath>

namespace cl::alerts {

namespace {

QString price(double value) { return QString::number(value, 'g', 12); }

QString symbolText(const SymbolRef &ref)
{
    return ref.symbol.toString() + QStringLiteral(" (") + model::exchangeIdToString(ref.exchange) + QLatin1Char(')');
}

QString patternKey(const model::Pattern &p)
{
    return p.timeframe.toString() + QLatin1Char('|') + QLatin1String(model::patternTypeCode(p.type)) + QLatin1Char('|')
        + QLatin1String(model::directionCode(p.direction)) + QLatin1Char('|') + QString::number(p.detectedAt);
}

QJsonObject patternValues(const model::Pattern &p)
{
    return {{QStringLiteral("pattern_type"), QLatin1String(model::patternTypeCode(p.type))},
        {QStringLiteral("direction"), QLatin1String(model::directionCode(p.direction))},
        {QStringLiteral("timeframe"), p.timeframe.toString()}, {QStringLiteral("detected_at"), p.detectedAt},
        {QStringLiteral("zone_low"), p.zoneLow}, {QStringLiteral("zone_high"), p.zoneHigh},
        {QStringLiteral("status"), QLatin1String(model::patternStatusCode(p.status))},
        {QStringLiteral("fill_pct"), p.fillPct}};
}

} // namespace

AlertEvaluator::AlertEvaluator(const model::Clock &clock)
    : m_clock(clock)
{
}

void AlertEvaluator::setRules(AlertRuleList rules)
{
    m_rules = std::move(rules);
    m_finished.assign(m_rules.size(), false);
    rebuild();
}

void AlertEvaluator::setWatchlist(const QString &name, SymbolRefList symbols)
{
    m_watchlists.insert(name, std::move(symbols));
    rebuild();
}

void AlertEvaluator::rebuild()
{
    m_slotByKey.clear();
    m_slots.clear();
    m_feeds.clear();
    for (size_t i = 0; i < m_rules.size(); ++i) {
        const AlertRule &rule = m_rules[i];
        if (!rule.enabled || !rule.validate().isEmpty())
            continue;
        if (rule.type == AlertType::FeedDisconnected) {
            std::vector<model::ExchangeId> exchanges = rule.scope.exchanges;
            for (const SymbolRef &ref : rule.scope.symbols)
                exchanges.push_back(ref.exchange);
            if (exchanges.empty())
                exchanges.assign(model::allExchangeIds().begin(), model::allExchangeIds().end());
            std::sort(exchanges.begin(), exchanges.end());
            exchanges.erase(std::unique(exchanges.begin(), exchanges.end()), exchanges.end());
            for (const model::ExchangeId exchange : exchanges)
                m_feeds.push_back({i, exchange});
            continue;
        }
        SymbolRefList refs = rule.scope.symbols;
        if (!rule.scope.watchlist.isEmpty()) {
            const SymbolRefList listed = m_watchlists.value(rule.scope.watchlist);
            refs.insert(refs.end(), listed.begin(), listed.end());
        }
        QSet<QString> added;
        for (const SymbolRef &ref : refs) {
            const QString key = ref.key();
            if (added.contains(key))
                continue;
            added.insert(key);
            SymbolSlot *slot = m_slotByKey.value(key);
            if (!slot) {
                m_slots.push_back(std::make_unique<SymbolSlot>());
                slot = m_slots.back().get();
                slot->ref = ref;
                m_slotByKey.insert(key, slot);
            }
            Binding binding;
            binding.rule = i;
            if (rule.type == AlertType::RsiAbove || rule.type == AlertType::RsiBelow)
                binding.rsi = std::make_unique<analysis::RsiStream>(rule.period());
            if (rule.type == AlertType::VolumeSpike)
                binding.volume = std::make_unique<analysis::VolumeSpikeStream>(rule.period());
            if (rule.type == AlertType::PctChange)
                slot->maxWindowMs = std::max(slot->maxWindowMs, rule.params.windowMs);
            if (rule.type == AlertType::PctChange || rule.type == AlertType::PriceAbove || rule.type == AlertType::PriceBelow)
                slot->tradeRules = true;
            slot->bindings.push_back(std::move(binding));
        }
    }
}

AlertEvaluator::SymbolSlot *AlertEvaluator::slotFor(model::ExchangeId exchange, const model::Symbol &symbol)
{
    return m_slotByKey.value(model::exchangeIdToString(exchange) + QLatin1Char(':') + symbol.toString());
}

bool AlertEvaluator::watches(model::ExchangeId exchange, const model::Symbol &symbol) const
{
    return m_slotByKey.contains(model::exchangeIdToString(exchange) + QLatin1Char(':') + symbol.toString());
}

bool AlertEvaluator::watchesTrades(model::ExchangeId exchange, const model::Symbol &symbol) const
{
    const SymbolSlot *slot = m_slotByKey.value(model::exchangeIdToString(exchange) + QLatin1Char(':') + symbol.toString());
    return slot && slot->tradeRules;
}

std::vector<qint64> AlertEvaluator::takeFinishedRules()
{
    std::vector<qint64> ids;
    ids.swap(m_finishedIds);
    return ids;
}

bool AlertEvaluator::isFinished(qint64 ruleId) const
{
    for (size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == ruleId)
            return m_finished[i];
    }
    return false;
}

void AlertEvaluator::finish(size_t rule)
{
    if (m_finished[rule])
        return;
    m_finished[rule] = true;
    m_finishedIds.push_back(m_rules[rule].id);
}

bool AlertEvaluator::mayFire(size_t rule, qint64 lastFiredAt, qint64 now)
{
    if (m_finished[rule])
        return false;
    const AlertRule &r = m_rules[rule];
    if (r.isExpiredAt(now)) {
        finish(rule);
        return false;
    }
    if (!r.isActiveAt(now))
        return false;
    return lastFiredAt == kNever || now - lastFiredAt >= r.options.cooldownMs;
}

void AlertEvaluator::fire(size_t rule, Binding *binding, const SymbolSlot *slot, QString message,
    QJsonObject values, AlertFiringList &out, std::optional<model::ExchangeId> exchange)
{
    const AlertRule &r = m_rules[rule];
    const qint64 now = m_clock.nowMs();
    AlertFiring firing;
    firing.ruleId = r.id;
    firing.ruleName = r.name;
    firing.type = r.type;
    if (slot) {
        firing.symbol = slot->ref;
        firing.exchange = slot->ref.exchange;
    } else {
        firing.exchange = exchange;
    }
    if (usesTimeframe(r.type))
        firing.timeframe = r.timeframe();
    firing.firedAt = now;
    firing.message = std::move(message);
    values.insert(QStringLiteral("rule_type"), alertTypeCode(r.type));
    firing.values = std::move(values);
    firing.sound = r.options.sound;
    firing.channels = r.options.channels;
    out.push_back(std::move(firing));
    if (binding)
        binding->lastFiredAt = now;
    if (!r.options.rearm)
        finish(rule);
}

bool AlertEvaluator::firstTime(const AlertRule &rule, const QString &key)
{
    const QString full = QString::number(rule.id) + QLatin1Char('|') + key;
    if (m_seen.contains(full))
        return false;
    m_seen.insert(full);
    return true;
}

void AlertEvaluator::recordSample(SymbolSlot &slot, const model::Trade &trade)
{
    const qint64 second = trade.timestamp - (((trade.timestamp % 1000) + 1000) % 1000);
    if (!slot.samples.empty() && slot.samples.back().time == second)
        slot.samples.back().price = trade.price;
    else if (slot.samples.empty() || second > slot.samples.back().time)
        slot.samples.push_back({second, trade.price});
    // Keep one sample at or before (newest - window) as the reference; drop the older ones.
    while (slot.samples.size() >= 2 && slot.samples[1].time <= second - slot.maxWindowMs)
        slot.samples.pop_front();
}

double AlertEvaluator::referencePrice(const SymbolSlot &slot, qint64 at) const
{
    // The newest sample at or before `at`; NaN while the history is shorter than the window.
    auto it = std::upper_bound(slot.samples.begin(), slot.samples.end(), at,
        [](qint64 t, const PriceSample &s) { return t < s.time; });
    if (it == slot.samples.begin())
        return std::numeric_limits<double>::quiet_NaN();
    return std::prev(it)->price;
}

void AlertEvaluator::level(size_t rule, Binding &binding, const SymbolSlot &slot, bool condition,
    const QString &message, const QJsonObject &values, AlertFiringList &out)
{
    if (!condition) {
        binding.armed = true;
        return;
    }
    if (!binding.armed || !mayFire(rule, binding.lastFiredAt, m_clock.nowMs()))
        return;
    binding.armed = false;
    fire(rule, &binding, &slot, message, values, out);
}

void AlertEvaluator::onTrades(model::ExchangeId exchange, const model::Symbol &symbol,
    const model::TradeBatch &trades, AlertFiringList &out)
{
    SymbolSlot *slot = slotFor(exchange, symbol);
    if (!slot || !slot->tradeRules || trades.empty())
        return;
    const qint64 now = m_clock.nowMs();
    for (Binding &b : slot->bindings) {
        const AlertRule &rule = m_rules[b.rule];
        if (rule.type != AlertType::PriceAbove && rule.type != AlertType::PriceBelow)
            continue;
        const bool above = rule.type == AlertType::PriceAbove;
        const double level = rule.params.level;
        for (const model::Trade &trade : trades) {
            const double p = trade.price;
            if (!std::isfinite(p) || p <= 0)
                continue;
            const double previous = b.lastPrice;
            b.lastPrice = p;
            if (std::isnan(previous))
                continue;
            const bool crossed = above ? (previous < level && p >= level) : (previous > level && p <= level);
            if (!crossed || !mayFire(b.rule, b.lastFiredAt, now))
                continue;
            fire(b.rule, &b, slot,
                QStringLiteral("%1 crossed %2 %3 (last %4)")
                    .arg(symbolText(slot->ref), above ? QStringLiteral("above") : QStringLiteral("below"), price(level),
                        price(p)),
                {{QStringLiteral("price"), p}, {QStringLiteral("previous"), previous}, {QStringLiteral("level"), level},
                    {QStringLiteral("trade_time"), trade.timestamp}},
                out);
        }
    }
    if (slot->maxWindowMs <= 0)
        return;
    const model::Trade *last = nullptr;
    for (const model::Trade &trade : trades) {
        if (std::isfinite(trade.price) && trade.price > 0) {
            recordSample(*slot, trade);
            last = &trade;
        }
    }
    if (!last)
        return;
    for (Binding &b : slot->bindings) {
        const AlertRule &rule = m_rules[b.rule];
        if (rule.type != AlertType::PctChange)
            continue;
        const double reference = referencePrice(*slot, last->timestamp - rule.params.windowMs);
        if (!std::isfinite(reference) || reference <= 0)
            continue;
        const double change = (last->price - reference) / reference * 100.0;
        const bool condition = rule.params.pct > 0 ? change >= rule.params.pct : change <= rule.params.pct;
        level(b.rule, b, *slot, condition,
            QStringLiteral("%1 moved %2% in %3 s (%4 -> %5)")
                .arg(symbolText(slot->ref), QString::number(change, 'f', 2))
                .arg(rule.params.windowMs / 1000)
                .arg(price(reference), price(last->price)),
            {{QStringLiteral("change_pct"), change}, {QStringLiteral("reference"), reference},
                {QStringLiteral("price"), last->price}, {QStringLiteral("window_ms"), rule.params.windowMs},
                {QStringLiteral("trade_time"), last->timestamp}},
            out);
    }
}

void AlertEvaluator::onCandlesClosed(model::ExchangeId exchange, const model::Symbol &symbol,
    model::Timeframe timeframe, const model::CandleSeries &candles, AlertFiringList &out)
{
    SymbolSlot *slot = slotFor(exchange, symbol);
    if (!slot || candles.empty())
        return;
    for (Binding &b : slot->bindings) {
        const AlertRule &rule = m_rules[b.rule];
        if (rule.timeframe() != timeframe)
            continue;
        const model::Candle &lastCandle = candles.back();
        if (b.rsi) {
            // Every candle feeds the indicator; only the newest decides (a backfill is not a burst of alerts).
            for (const model::Candle &c : candles)
                b.rsi->update(c.close);
            const double rsi = b.rsi->value();
            if (std::isnan(rsi))
                continue;
            const bool above = rule.type == AlertType::RsiAbove;
            const bool condition = above ? rsi >= rule.params.level : rsi <= rule.params.level;
            level(b.rule, b, *slot, condition,
                QStringLiteral("%1 RSI(%2) %3 %4 on %5: %6")
                    .arg(symbolText(slot->ref))
                    .arg(rule.period())
                    .arg(above ? QStringLiteral(">=") : QStringLiteral("<="), price(rule.params.level),
                        timeframe.toString(), QString::number(rsi, 'f', 2)),
                {{QStringLiteral("rsi"), rsi}, {QStringLiteral("level"), rule.params.level},
                    {QStringLiteral("close"), lastCandle.close}, {QStringLiteral("candle_time"), lastCandle.openTime}},
                out);
        } else if (b.volume) {
            analysis::VolumeSpikeStream::Value value;
            for (const model::Candle &c : candles)
                value = b.volume->update(c.volume);
            const bool ratioMode = rule.params.volumeMode == VolumeMode::Ratio;
            const double measure = ratioMode ? value.ratio : value.zScore;
            if (std::isnan(measure))
                continue;
            level(b.rule, b, *slot, measure >= rule.params.threshold,
                QStringLiteral("%1 volume spike on %2: %3 %4")
                    .arg(symbolText(slot->ref), timeframe.toString(),
                        ratioMode ? QStringLiteral("x") : QStringLiteral("z="), QString::number(measure, 'f', 2)),
                {{QStringLiteral("volume"), lastCandle.volume}, {QStringLiteral("ratio"), value.ratio},
                    {QStringLiteral("z_score"), value.zScore}, {QStringLiteral("threshold"), rule.params.threshold},
                    {QStringLiteral("candle_time"), lastCandle.openTime}},
                out);
        }
    }
}

void AlertEvaluator::onPatterns(model::ExchangeId exchange, const model::Symbol &symbol,
    const model::PatternList &patterns, AlertFiringList &out)
{
    SymbolSlot *slot = slotFor(exchange, symbol);
    if (!slot)
        return;
    const qint64 now = m_clock.nowMs();
    for (Binding &b : slot->bindings) {
        const AlertRule &rule = m_rules[b.rule];
        if (rule.type != AlertType::Pattern && rule.type != AlertType::PatternZone)
            continue;
        for (const model::Pattern &p : patterns) {
            if ((rule.scope.timeframe && p.timeframe != *rule.scope.timeframe)
                || (rule.params.patternType && p.type != *rule.params.patternType)
                || (rule.params.direction && p.direction != *rule.params.direction))
                continue;
            QString event;
            if (rule.type == AlertType::Pattern) {
                // Only a fresh detection is "new": catchUp() republishes old active patterns.
                const qint64 closeTime = p.detectedAt + p.timeframe.durationMs();
                if (!p.isActive() || closeTime < now - 2 * p.timeframe.durationMs())
                    continue;
                event = QStringLiteral("new");
            } else if (rule.params.zoneEvent == ZoneEvent::Filled) {
                if (p.status != model::PatternStatus::Filled)
                    continue;
                event = QStringLiteral("filled");
            } else {
                if (!(p.fillPct > 0) || (p.status != model::PatternStatus::Active && p.status != model::PatternStatus::Filled))
                    continue;
                event = QStringLiteral("touched");
            }
            const QString key = event + QLatin1Char('|') + slot->ref.key() + QLatin1Char('|') + patternKey(p);
            if (!mayFire(b.rule, b.lastFiredAt, now) || !firstTime(rule, key))
                continue;
            QJsonObject values = patternValues(p);
            values.insert(QStringLiteral("event"), event);
            fire(b.rule, &b, slot,
                QStringLiteral("%1 %2 %3 %4 %5 [%6, %7]")
                    .arg(symbolText(slot->ref), p.timeframe.toString(), QLatin1String(model::directionCode(p.direction)),
                        QLatin1String(model::patternTypeLabel(p.type)),
                        event == QLatin1String("new") ? QStringLiteral("detected") : QStringLiteral("zone ") + event,
                        price(p.zoneLow), price(p.zoneHigh)),
                values, out);
        }
    }
}

void AlertEvaluator::onSignal(const model::Signal &signal, AlertFiringList &out)
{
    SymbolSlot *slot = slotFor(signal.exchange, signal.symbol);
    if (!slot)
        return;
    const qint64 now = m_clock.nowMs();
    for (Binding &b : slot->bindings) {
        const AlertRule &rule = m_rules[b.rule];
        if (rule.type != AlertType::Signal || signal.score < rule.params.minScore
            || (rule.params.direction && signal.direction != *rule.params.direction)
            || (rule.scope.timeframe && signal.sourceTimeframe != *rule.scope.timeframe))
            continue;
        const QString key = QStringLiteral("signal|") + slot->ref.key() + QLatin1Char('|')
            + QLatin1String(model::directionCode(signal.direction)) + QLatin1Char('|') + QString::number(signal.createdAt);
        if (!mayFire(b.rule, b.lastFiredAt, now) || !firstTime(rule, key))
            continue;
        const bool isLong = signal.direction == model::Direction::Bullish;
        fire(b.rule, &b, slot,
            QStringLiteral("%1 %2 signal, confluence %3 (%4): entry %5 stop %6 tp1 %7")
                .arg(symbolText(slot->ref), isLong ? QStringLiteral("long") : QStringLiteral("short"))
                .arg(signal.score)
                .arg(signal.alignedText(), price(signal.entry), price(signal.stop), price(signal.tp1)),
            {{QStringLiteral("score"), signal.score}, {QStringLiteral("direction"), QLatin1String(model::directionCode(signal.direction))},
                {QStringLiteral("aligned"), signal.alignedText()}, {QStringLiteral("created_at"), signal.createdAt},
                {QStringLiteral("entry"), signal.entry}, {QStringLiteral("stop"), signal.stop},
                {QStringLiteral("tp1"), signal.tp1}, {QStringLiteral("signal_id"), signal.id}},
            out);
    }
}

void AlertEvaluator::onFeedStatus(const market::FeedStatus &status, AlertFiringList &out)
{
    const qint64 now = m_clock.nowMs();
    for (FeedWatch &watch : m_feeds) {
        if (watch.exchange != status.exchange)
            continue;
        // Stopped means "not wanted" (no symbol of the exchange on the watchlist), not an outage.
        if (status.state == market::FeedState::Live || status.state == market::FeedState::Stopped) {
            watch.downSince = -1;
            watch.fired = false;
            continue;
        }
        if (watch.downSince < 0)
            watch.downSince = now;
        checkFeed(watch, out);
    }
}

void AlertEvaluator::tick(AlertFiringList &out)
{
    for (FeedWatch &watch : m_feeds)
        checkFeed(watch, out);
}

void AlertEvaluator::checkFeed(FeedWatch &watch, AlertFiringList &out)
{
    const qint64 now = m_clock.nowMs();
    const AlertRule &rule = m_rules[watch.rule];
    if (watch.downSince < 0 || watch.fired || now - watch.downSince <= rule.params.disconnectedMs)
        return;
    if (!mayFire(watch.rule, watch.lastFiredAt, now))
        return;
    watch.fired = true;
    watch.lastFiredAt = now;
    const qint64 downMs = now - watch.downSince;
    fire(watch.rule, nullptr, nullptr,
        QStringLiteral("%1 feed not live for %2 s").arg(model::exchangeDisplayName(watch.exchange)).arg(downMs / 1000),
        {{QStringLiteral("exchange"), model::exchangeIdToString(watch.exchange)}, {QStringLiteral("down_ms"), downMs},
            {QStringLiteral("down_since"), watch.downSince}},
        out, watch.exchange);
}

} // namespace cl::alerts
