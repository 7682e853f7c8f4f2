#include "candleworker.h"

#include "candles/highertimeframeroller.h"
#include "candles/livecandlebuilder.h"
#include "storage/rawtraderepository.h"
#include "storage/storagewriter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <mutex>

Q_LOGGING_CATEGORY(lcCandleWorker, "cl.engine.candles")

namespace cl::engine {

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::min();
constexpr qint64 kPurgeEveryMs = 3600 * 1000;

using candles::HigherTimeframeRoller;
using candles::LiveCandleBuilder;
using candles::TradingSession;
using model::Candle;
using model::CandleSeries;
using model::Timeframe;

// One higher bar to rebuild from the stored 1m candles on the writer thread (the roller could not roll it
// exactly: it started mid-bar after a restart, or a 1m inside it changed out of order).
struct Recompute
{
    Timeframe timeframe;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// What one write job produced; read by the worker after the writer's committed signal.
struct JobResult
{
    bool ok = false;
    std::vector<market::ClosedCandles> closed;
};

struct PendingGroup
{
    storage::StorageWriter::Ticket ticket = 0;
    std::shared_ptr<JobResult> result;
};

// Same rule as CandleAggregator (open first, high max, low min, close last, volume summed in time order).
std::optional<Candle> aggregateRange(const CandleSeries &minutes, qint64 openTime)
{
    if (minutes.empty())
        return std::nullopt;
    Candle bar = minutes.front();
    bar.openTime = openTime;
    for (size_t i = 1; i < minutes.size(); ++i) {
        const Candle &m = minutes[i];
        bar.high = std::max(bar.high, m.high);
        bar.low = std::min(bar.low, m.low);
        bar.close = m.close;
        bar.volume += m.volume;
    }
    return bar;
}
} // namespace

struct CandleWorker::Impl
{
    struct ExchangeState
    {
        qint64 graceMs = 0;
        bool exchangeFlag = false;
        bool ruleSet = false;
        qint64 nowMs = kNever; // the exchange's clock: the newest time it told us
    };

    struct SymbolState
    {
        model::ExchangeId exchange;
        model::Symbol symbol;
        LiveCandleBuilder builder;
        HigherTimeframeRoller roller;
        CandleSeries closed;                        // scratch: minutes closed by the current input
        std::vector<HigherTimeframeRoller::Bar> bars; // scratch
        // REST backfills of this symbol under way (onBackfillStarted / onBackfillFinished), and the minutes
        // stored meanwhile but not rolled up yet: see holdForBackfill.
        int backfills = 0;
        CandleSeries held;
        bool recordRaw = false;
        model::TradeBatch raw;
        qint64 lastFormingMs = kNever;     // clock time of the last formingCandle
        qint64 lastFormingMinute = kNever;
        Candle lastForming;
        bool formingPending = false;
    };

    Impl(CandleWorker *q, storage::StorageWriter &writer, const model::Clock &clock, Options options)
        : q(q), writer(writer), clock(clock), options(options)
    {
    }

    CandleWorker *q;
    storage::StorageWriter &writer;
    const model::Clock &clock;
    Options options;
    std::array<ExchangeState, model::kExchangeCount> exchanges{};
    std::vector<std::unique_ptr<SymbolState>> symbols;
    size_t lastLookup = 0;
    std::deque<PendingGroup> pending;
    QTimer *formingTimer = nullptr;
    QTimer *statsTimer = nullptr;
    qint64 lastPurgeMs = kNever;

    // Counters between two stats publications.
    quint64 intervalTrades = 0;
    double latencySumMs = 0.0;
    double latencyMaxMs = 0.0;
    quint64 latencyCount = 0;
    qint64 lastStatsMs = kNever;
    quint64 closedMinutes = 0;
    quint64 rawRecorded = 0;
    mutable std::mutex statsMutex;
    Stats published;

    ExchangeState &exchange(model::ExchangeId id) { return exchanges[size_t(id)]; }

    SymbolState &state(model::ExchangeId exchange, const model::Symbol &symbol)
    {
        if (lastLookup < symbols.size()) {
            SymbolState &s = *symbols[lastLookup];
            if (s.exchange == exchange && s.symbol == symbol)
                return s;
        }
        for (size_t i = 0; i < symbols.size(); ++i) {
            SymbolState &s = *symbols[i];
            if (s.exchange == exchange && s.symbol == symbol) {
                lastLookup = i;
                return s;
            }
        }
        auto created = std::make_unique<SymbolState>();
        created->exchange = exchange;
        created->symbol = symbol;
        const ExchangeState &ex = this->exchange(exchange);
        LiveCandleBuilder::Options builderOptions;
        builderOptions.graceMs = ex.ruleSet ? ex.graceMs : options.defaultGraceMs;
        builderOptions.exchangeFlag = ex.exchangeFlag;
        builderOptions.recentTradeIds = options.recentTradeIds;
        created->builder = LiveCandleBuilder(builderOptions);
        created->builder.setLabel(QString(model::exchangeIdToString(exchange) + QLatin1Char(' ') + symbol.toString()));
        created->closed.reserve(16);
        created->bars.reserve(32);
        symbols.push_back(std::move(created));
        lastLookup = symbols.size() - 1;
        return *symbols.back();
    }

    void ensureTimers()
    {
        if (!statsTimer->isActive())
            statsTimer->start(options.statsIntervalMs);
    }

    void advanceExchange(model::ExchangeId id, qint64 nowMs)
    {
        ExchangeState &ex = exchange(id);
        if (nowMs <= ex.nowMs)
            return;
        ex.nowMs = nowMs;
        for (auto &s : symbols) {
            if (s->exchange == id) {
                s->builder.advanceTime(nowMs, s->closed);
                settle(*s);
            }
        }
    }

    // Hands the minutes the builder closed to the roller and the writer.
    void settle(SymbolState &s)
    {
        if (s.backfills > 0) {
            holdForBackfill(s);
            return;
        }
        std::vector<Recompute> recompute;
        roll(s, s.closed, recompute);
        s.roller.advance(s.builder.closedBefore(), s.bars);
        if (s.closed.empty() && s.bars.empty())
            return;
        closedMinutes += s.closed.size();
        if (!s.closed.empty() && !s.raw.empty())
            writeRaw(s); // raw trades of a closed minute are in storage with it
        write(s, s.closed, recompute);
        s.closed.clear();
        s.bars.clear();
    }

    // While REST pages of a symbol are coming in, its minutes are stored at once but rolled up only when the
    // backfill is over. The pages come oldest first and live minutes go on meanwhile, so a higher bar would be
    // closed (by the exchange's clock or by a later minute) before its older minutes arrived, and stored and
    // analysed without them.
    void holdForBackfill(SymbolState &s)
    {
        if (s.closed.empty())
            return;
        closedMinutes += s.closed.size();
        if (!s.raw.empty())
            writeRaw(s);
        write(s, s.closed, {});
        s.held.insert(s.held.end(), s.closed.begin(), s.closed.end());
        s.closed.clear();
    }

    // The backfill is over: the held minutes are rolled up in time order (a minute received twice, from a page
    // and from the live feed, as the one written last, which is what storage holds).
    void releaseHeld(SymbolState &s)
    {
        CandleSeries held;
        held.swap(s.held);
        std::stable_sort(held.begin(), held.end(), [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
        CandleSeries minutes;
        minutes.reserve(held.size());
        for (const Candle &minute : held) {
            if (!minutes.empty() && minutes.back().openTime == minute.openTime)
                minutes.back() = minute;
            else
                minutes.push_back(minute);
        }
        std::vector<Recompute> recompute;
        roll(s, minutes, recompute);
        s.roller.advance(s.builder.closedBefore(), s.bars);
        if (s.bars.empty() && recompute.empty())
            return;
        write(s, {}, recompute);
        s.bars.clear();
    }

    void roll(SymbolState &s, const CandleSeries &minutes, std::vector<Recompute> &recompute)
    {
        for (const Candle &minute : minutes) {
            if (minute.openTime > s.roller.lastMinute()) {
                s.roller.add(minute, s.bars);
                continue;
            }
            // A correction of a minute already rolled: open bars cannot include it exactly any more, closed
            // ones are rebuilt from storage after this 1m is written.
            for (const Timeframe tf : s.roller.timeframes()) {
                if (s.roller.isOpenBar(tf, minute.openTime))
                    continue;
                if (const auto bar = s.roller.session().barAt(tf, minute.openTime))
                    recompute.push_back({tf, bar->startMs, bar->endMs});
            }
            s.roller.markDirty(minute.openTime);
        }
    }

    // Stores newMinutes (1m) and the bars the roller completed (s.bars), rebuilding from the stored 1m those
    // it could not roll exactly, and announces them once committed.
    void write(SymbolState &s, const CandleSeries &newMinutes, std::vector<Recompute> recompute)
    {
        CandleSeries minutes = newMinutes;
        std::sort(minutes.begin(), minutes.end(), [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
        minutes.erase(std::unique(minutes.begin(), minutes.end(),
                                  [](const Candle &a, const Candle &b) { return a.openTime == b.openTime; }),
                      minutes.end());
        std::map<int, CandleSeries> rolled; // by timeframe index
        for (const HigherTimeframeRoller::Bar &bar : s.bars) {
            if (bar.partialStart || bar.dirty)
                recompute.push_back({bar.timeframe, bar.candle.openTime, bar.endMs});
            else
                rolled[bar.timeframe.index()].push_back(bar.candle);
        }
        std::sort(recompute.begin(), recompute.end(), [](const Recompute &a, const Recompute &b) {
            return a.timeframe.index() != b.timeframe.index() ? a.timeframe.index() < b.timeframe.index()
                                                              : a.startMs < b.startMs;
        });
        recompute.erase(std::unique(recompute.begin(), recompute.end(),
                                    [](const Recompute &a, const Recompute &b) {
                                        return a.timeframe == b.timeframe && a.startMs == b.startMs;
                                    }),
                        recompute.end());

        auto result = std::make_shared<JobResult>();
        const int rows = int(minutes.size() + s.bars.size());
        auto job = [exchange = s.exchange, symbol = s.symbol, minutes = std::move(minutes), rolled = std::move(rolled),
                    recompute = std::move(recompute), result](storage::WriteContext &context, QString *error) mutable {
            const std::optional<qint64> id = context.symbols.ensure(exchange, symbol, error);
            if (!id)
                return false;
            if (!minutes.empty() && !context.candles.upsert(*id, Timeframe::M1, minutes, nullptr, error))
                return false;
            for (auto &[index, series] : rolled) {
                if (!context.candles.upsert(*id, Timeframe::all()[size_t(index)], series, nullptr, error))
                    return false;
            }
            for (const Recompute &r : recompute) {
                const CandleSeries stored = context.candles.load(*id, Timeframe::M1, r.startMs, r.endMs - 1, error);
                const std::optional<Candle> bar = aggregateRange(stored, r.startMs);
                if (!bar)
                    continue;
                if (!context.candles.upsert(*id, r.timeframe, std::span(&*bar, 1), nullptr, error))
                    return false;
                rolled[r.timeframe.index()].push_back(*bar);
            }
            if (!minutes.empty())
                result->closed.push_back({exchange, symbol, Timeframe::M1, std::move(minutes)});
            for (auto &[index, series] : rolled) {
                std::sort(series.begin(), series.end(),
                          [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
                result->closed.push_back({exchange, symbol, Timeframe::all()[size_t(index)], std::move(series)});
            }
            result->ok = true;
            return true;
        };
        const storage::StorageWriter::Ticket ticket = writer.enqueue(std::move(job), std::max(rows, 1));
        if (ticket == 0) {
            qCWarning(lcCandleWorker) << "storage writer stopped: closed candles not stored";
            return;
        }
        pending.push_back({ticket, std::move(result)});
    }

    void writeRaw(SymbolState &s)
    {
        const int rows = int(s.raw.size());
        rawRecorded += quint64(rows);
        model::TradeBatch batch = std::move(s.raw);
        writer.enqueue(storage::RawTradeRepository::insertJob(s.exchange, s.symbol, std::move(batch)), rows);
        s.raw = {};
        s.raw.reserve(size_t(options.rawTradeBatchRows));
    }

    void onCommitted(quint64 lastTicket)
    {
        while (!pending.empty() && pending.front().ticket <= lastTicket) {
            PendingGroup group = std::move(pending.front());
            pending.pop_front();
            if (!group.result->ok) {
                qCWarning(lcCandleWorker) << "closed candles were not stored (write job failed)";
                continue;
            }
            for (const market::ClosedCandles &closed : group.result->closed)
                emit q->candlesClosed(closed);
        }
    }

    void updateForming(SymbolState &s)
    {
        const Candle *forming = s.builder.forming();
        if (!forming)
            return;
        if (forming->openTime == s.lastFormingMinute && *forming == s.lastForming) {
            s.formingPending = false;
            return;
        }
        const qint64 now = clock.nowMs();
        // The first update of a new minute goes out at once; later ones at most every formingThrottleMs, sent
        // by the first trades that arrive after the interval, so what the chart shows is as fresh as what came
        // in. Trades arrive in bursts; a timer at the end of the interval would send a burst's leftovers up to
        // a burst period late. The timer only sends what a symbol that went quiet still holds.
        if (forming->openTime != s.lastFormingMinute || now - s.lastFormingMs >= options.formingThrottleMs) {
            sendForming(s, *forming, now);
            return;
        }
        s.formingPending = true;
        armFormingTimer(s.lastFormingMs + quietDelayMs() - now);
    }

    void sendForming(SymbolState &s, const Candle &candle, qint64 now)
    {
        s.lastForming = candle;
        s.lastFormingMinute = candle.openTime;
        s.lastFormingMs = now;
        s.formingPending = false;
        emit q->formingCandle(market::FormingCandle{s.exchange, s.symbol, candle});
    }

    // When a held update goes out if no newer trade arrives to send it.
    qint64 quietDelayMs() const { return qint64(options.formingThrottleMs) * 3 / 2; }

    void armFormingTimer(qint64 delayMs)
    {
        const int delay = int(std::clamp<qint64>(delayMs, 1, quietDelayMs()));
        if (!formingTimer->isActive() || formingTimer->remainingTime() > delay)
            formingTimer->start(delay);
    }

    void sendDueForming(bool all)
    {
        const qint64 now = clock.nowMs();
        qint64 nextDue = std::numeric_limits<qint64>::max();
        for (auto &s : symbols) {
            if (!s->formingPending)
                continue;
            const Candle *forming = s->builder.forming();
            if (!forming) {
                s->formingPending = false;
                continue;
            }
            const qint64 due = s->lastFormingMs + quietDelayMs();
            if (all || now >= due)
                sendForming(*s, *forming, now);
            else
                nextDue = std::min(nextDue, due);
        }
        if (nextDue != std::numeric_limits<qint64>::max())
            armFormingTimer(nextDue - now);
    }

    void noteProcessed(const QElapsedTimer &timer)
    {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        latencySumMs += ms;
        latencyMaxMs = std::max(latencyMaxMs, ms);
        ++latencyCount;
        quint64 posted = q->m_posted.load(std::memory_order_relaxed);
        while (posted > 0 && !q->m_posted.compare_exchange_weak(posted, posted - 1, std::memory_order_relaxed)) {
        }
    }

    Stats collect()
    {
        Stats stats;
        stats.queueDepth = int(q->m_posted.load(std::memory_order_relaxed));
        stats.writerQueueDepth = writer.stats().queueDepth;
        stats.pendingCommits = int(pending.size());
        const qint64 now = clock.nowMs();
        if (lastStatsMs != kNever && now > lastStatsMs)
            stats.tradesPerSecond = double(intervalTrades) * 1000.0 / double(now - lastStatsMs);
        stats.latencyMeanMs = latencyCount ? latencySumMs / double(latencyCount) : 0.0;
        stats.latencyMaxMs = latencyMaxMs;
        for (const auto &s : symbols) {
            const LiveCandleBuilder::Counters &c = s->builder.counters();
            stats.trades += c.accepted;
            stats.rejectedTrades += c.invalid + c.outsideSession;
            stats.duplicateTrades += c.duplicates;
            stats.lateTrades += c.late;
            stats.klineMismatches += c.mismatches;
        }
        stats.closedMinutes = closedMinutes;
        stats.rawTradesRecorded = rawRecorded;
        return stats;
    }

    void publishStats()
    {
        const Stats stats = collect();
        {
            std::lock_guard lock(statsMutex);
            published = stats;
        }
        lastStatsMs = clock.nowMs();
        intervalTrades = 0;
        latencySumMs = latencyMaxMs = 0.0;
        latencyCount = 0;
        purgeIfDue();
        emit q->statsChanged(stats);
    }

    void purgeIfDue()
    {
        const qint64 now = clock.nowMs();
        if (lastPurgeMs != kNever && now - lastPurgeMs < kPurgeEveryMs)
            return;
        lastPurgeMs = now;
        writer.enqueue(storage::RawTradeRepository::purgeJob(now - options.rawTradeRetentionMs));
    }
};

CandleWorker::CandleWorker(storage::StorageWriter &writer, const model::Clock &clock, Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(this, writer, clock, options))
{
    qRegisterMetaType<cl::market::FormingCandle>();
    qRegisterMetaType<cl::market::ClosedCandles>();
    qRegisterMetaType<cl::engine::CandleWorker::Stats>();
    // Children move with the worker to its thread; they are started from its slots.
    d->formingTimer = new QTimer(this);
    d->formingTimer->setSingleShot(true);
    d->formingTimer->setTimerType(Qt::PreciseTimer);
    connect(d->formingTimer, &QTimer::timeout, this, [this] { d->sendDueForming(false); });
    d->statsTimer = new QTimer(this);
    connect(d->statsTimer, &QTimer::timeout, this, [this] { d->publishStats(); });
    // The writer emits from its own thread: queued, so candlesClosed comes from the worker's thread.
    connect(&writer, &storage::StorageWriter::committed, this,
            [this](quint64 lastTicket, int) { d->onCommitted(lastTicket); }, Qt::QueuedConnection);
}

CandleWorker::~CandleWorker() = default;

CandleWorker::Stats CandleWorker::stats() const
{
    std::lock_guard lock(d->statsMutex);
    return d->published;
}

void CandleWorker::onTrades(const cl::market::SymbolTrades &batch)
{
    QElapsedTimer timer;
    timer.start();
    d->ensureTimers();
    Impl::SymbolState &s = d->state(batch.exchange, batch.symbol);
    qint64 newest = kNever;
    for (const model::Trade &trade : batch.trades) {
        if (s.builder.addTrade(trade, s.closed) != LiveCandleBuilder::TradeOutcome::Accepted)
            continue;
        ++d->intervalTrades;
        newest = std::max(newest, trade.timestamp);
        if (s.recordRaw) {
            s.raw.push_back(trade);
            if (int(s.raw.size()) >= d->options.rawTradeBatchRows)
                d->writeRaw(s);
        }
    }
    d->settle(s);
    if (newest != kNever)
        d->advanceExchange(batch.exchange, newest);
    d->updateForming(s);
    d->noteProcessed(timer);
}

void CandleWorker::onExchangeCandles(const cl::market::ExchangeCandles &candles)
{
    QElapsedTimer timer;
    timer.start();
    d->ensureTimers();
    Impl::SymbolState &s = d->state(candles.exchange, candles.symbol);
    qint64 newest = kNever;
    for (const market::ExchangeCandles::Update &update : candles.updates) {
        s.builder.addExchangeCandle(update.candle, update.state, s.closed);
        newest = std::max(newest, update.eventTimeMs);
    }
    d->settle(s);
    if (newest > 0)
        d->advanceExchange(candles.exchange, newest);
    d->updateForming(s);
    d->noteProcessed(timer);
}

void CandleWorker::onBackfill(const cl::market::ClosedCandles &closed)
{
    d->ensureTimers();
    if (closed.timeframe != Timeframe::M1) {
        qCWarning(lcCandleWorker) << "backfill of" << closed.timeframe.toString() << "ignored: only 1m is rolled up";
        return;
    }
    Impl::SymbolState &s = d->state(closed.exchange, closed.symbol);
    CandleSeries sorted = closed.candles;
    std::sort(sorted.begin(), sorted.end(), [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
    for (const Candle &candle : sorted)
        s.builder.addClosedCandle(candle, s.closed);
    d->settle(s);
    d->updateForming(s);
}

void CandleWorker::onBackfillStarted(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol)
{
    ++d->state(exchange, symbol).backfills;
}

void CandleWorker::onBackfillFinished(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol)
{
    Impl::SymbolState &s = d->state(exchange, symbol);
    if (s.backfills > 0 && --s.backfills == 0)
        d->releaseHeld(s);
}

void CandleWorker::onExchangeTime(cl::model::ExchangeId exchange, qint64 ms)
{
    d->ensureTimers();
    d->advanceExchange(exchange, ms);
}

void CandleWorker::setCloseRule(cl::model::ExchangeId exchange, const cl::market::CandleCloseRule &rule)
{
    Impl::ExchangeState &ex = d->exchange(exchange);
    ex.graceMs = rule.graceMs;
    ex.exchangeFlag = rule.exchangeFlag && rule.streamsCandles;
    ex.ruleSet = true;
    for (auto &s : d->symbols) {
        if (s->exchange == exchange) {
            s->builder.setGraceMs(ex.graceMs);
            s->builder.setExchangeFlag(ex.exchangeFlag);
        }
    }
}

void CandleWorker::setRecordRawTrades(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, bool record)
{
    Impl::SymbolState &s = d->state(exchange, symbol);
    if (!record && !s.raw.empty())
        d->writeRaw(s);
    s.recordRaw = record;
    if (record) {
        s.raw.reserve(size_t(d->options.rawTradeBatchRows));
        d->purgeIfDue();
    }
}

void CandleWorker::setSession(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol,
                              const cl::candles::TradingSession &session)
{
    Impl::SymbolState &s = d->state(exchange, symbol);
    s.builder.setSession(session);
    // Open bars restart under the new rules; the first ones are rebuilt from storage (partialStart).
    s.roller = HigherTimeframeRoller(session);
}

void CandleWorker::flush()
{
    d->sendDueForming(true);
    for (auto &s : d->symbols) {
        if (s->backfills > 0) { // the feeds stopped with a backfill under way: roll up what it brought
            s->backfills = 0;
            d->releaseHeld(*s);
        }
        if (!s->raw.empty())
            d->writeRaw(*s);
    }
    d->writer.flush();
    d->publishStats();
    // Idle until the next input restarts them; also lets the owner delete the worker after its thread ended.
    d->formingTimer->stop();
    d->statsTimer->stop();
}

} // namespace cl::engine
