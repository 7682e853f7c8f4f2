#include "simulatedmarket.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cl::market {

namespace {

constexpr qint64 kMinuteMs = 60'000;

qint64 floorMinute(qint64 ms)
{
    return ms - ((ms % kMinuteMs) + kMinuteMs) % kMinuteMs;
}

quint64 splitMix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 nameHash(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// xoshiro256**: our own generator and distributions, so a seed gives the same market with every standard
// library (std:: distributions are implementation-defined).
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto &word : m_s)
            word = splitMix(seed);
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u = 1.0 - uniform();
        const double v = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u));
        m_spare = radius * std::sin(2.0 * std::numbers::pi * v);
        m_hasSpare = true;
        return radius * std::cos(2.0 * std::numbers::pi * v);
    }
    double exponential() { return -std::log(1.0 - uniform()); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4] = {};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

double initialPrice(const model::Symbol &symbol, quint64 hash)
{
    static const std::array<std::pair<const char *, double>, 10> known = {{{"BTC", 60000.0}, {"ETH", 3000.0},
        {"SOL", 150.0}, {"BNB", 550.0}, {"XRP", 0.6}, {"ADA", 0.45}, {"DOGE", 0.12}, {"LTC", 80.0},
        {"AVAX", 35.0}, {"DOT", 7.0}}};
    const bool usdQuote = symbol.quote().startsWith(QLatin1String("USD"));
    for (const auto &[base, price] : known) {
        if (usdQuote && symbol.base() == QLatin1String(base))
            return price;
    }
    const int decade = int(hash % 6) - 2; // 0.01 .. 1000
    return std::pow(10.0, decade) * (1.0 + double((hash >> 8) % 900) / 100.0);
}

} // namespace

struct SimulatedMarket::State
{
    explicit State(quint64 seed) : rng(seed) {}

    int index = 0;
    model::Symbol symbol;
    QString native;
    Rng rng;
    int decimals = 2;
    double tickScale = 100.0;
    double lot = 1.0 / 256.0;

    double logPrice = 0.0;
    double baseVariance = 0.0; // per-minute log-return variance the GARCH process reverts to
    double variance = 0.0;
    enum class Regime : quint8 { Up, Down, Range } regime = Regime::Range;
    int regimeLeft = 0;
    double anchor = 0.0;
    double drift = 0.0; // per-minute log drift
    double pendingJump = 0.0;

    qint64 minuteOpen = 0;
    qint64 nextTradeMs = 0;
    qint64 nextPushMs = 0;
    SimCandle forming;
    double lastClose = 0.0;
    qint64 nextId = 0;
    std::vector<SimCandle> closed;

    double price(double logValue) const
    {
        const double ticks = std::max(1.0, std::round(std::exp(logValue) * tickScale));
        return ticks / tickScale;
    }
    double expectedTradesPerMinute = 300.0;
    double interarrivalMs = 200.0;

    // The once-a-minute model step: GARCH(1,1) variance from the last minute's return, regime switches,
    // and whether the coming minute opens with a jump.
    void stepMinute(double lastReturn)
    {
        constexpr double alpha = 0.08;
        constexpr double beta = 0.90;
        variance = baseVariance * (1.0 - alpha - beta) + alpha * lastReturn * lastReturn + beta * variance;
        variance = std::clamp(variance, 0.2 * baseVariance, 50.0 * baseVariance);
        if (--regimeLeft <= 0) {
            const double u = rng.uniform();
            regime = u < 0.3 ? Regime::Up : (u < 0.6 ? Regime::Down : Regime::Range);
            regimeLeft = 20 + int(rng.exponential() * 90.0);
            anchor = logPrice;
        }
        const double sigma = std::sqrt(baseVariance);
        switch (regime) {
        case Regime::Up:
            drift = 0.25 * sigma;
            break;
        case Regime::Down:
            drift = -0.25 * sigma;
            break;
        case Regime::Range:
            drift = -0.05 * (logPrice - anchor);
            break;
        }
        pendingJump = 0.0;
        if (rng.uniform() < 0.003)
            pendingJump = (rng.uniform() < 0.5 ? -1.0 : 1.0) * (4.0 + 4.0 * rng.uniform()) * std::sqrt(variance);
    }
};

SimulatedMarket::SimulatedMarket(std::vector<model::Symbol> symbols, const Options &options, qint64 startMs)
    : m_options(options), m_start(startMs), m_now(startMs)
{
    if (m_options.klinePushMs <= 0 || kMinuteMs % m_options.klinePushMs != 0)
        m_options.klinePushMs = 2000;
    if (!std::isfinite(m_options.tradesPerSecond))
        m_options.tradesPerSecond = 5.0;
    m_options.tradesPerSecond = std::clamp(m_options.tradesPerSecond, 0.01, 100'000.0);
    m_options.historyMinutes = std::clamp(m_options.historyMinutes, 0, 60 * 24 * 60);
    const qint64 firstMinute = floorMinute(startMs);
    m_historyStart = firstMinute - qint64(m_options.historyMinutes) * kMinuteMs;

    for (int i = 0; i < int(symbols.size()); ++i) {
        const model::Symbol &symbol = symbols[size_t(i)];
        const quint64 hash = nameHash(symbol.toString());
        auto state = std::make_unique<State>(m_options.seed ^ hash);
        state->index = i;
        state->symbol = symbol;
        state->native = symbol.base() + symbol.quote();
        const double p0 = initialPrice(symbol, hash);
        state->decimals = std::clamp(6 - int(std::floor(std::log10(p0))), 0, 8);
        state->tickScale = std::pow(10.0, state->decimals);
        const int lotExponent = std::clamp(int(std::lround(std::log2(100.0 / p0))), -8, 16);
        state->lot = std::ldexp(1.0, lotExponent);
        state->logPrice = std::log(p0);
        const double sigma = 0.0008 * (1.0 + double((hash >> 20) % 100) / 200.0);
        state->baseVariance = sigma * sigma;
        state->variance = state->baseVariance;
        state->expectedTradesPerMinute = m_options.tradesPerSecond * 60.0;
        state->interarrivalMs = 1000.0 / m_options.tradesPerSecond;
        state->nextId = 100'000'000 + qint64((hash >> 32) % 1000) * 1'000'000;
        generateHistory(*state);
        startMinute(*state, firstMinute);
        state->nextPushMs = (startMs / m_options.klinePushMs + 1) * m_options.klinePushMs;
        state->nextTradeMs = startMs + qint64(std::llround(state->rng.exponential() * state->interarrivalMs));
        m_states.push_back(std::move(state));
    }
}

SimulatedMarket::~SimulatedMarket() = default;

void SimulatedMarket::generateHistory(State &s)
{
    s.closed.reserve(size_t(m_options.historyMinutes) + 1024);
    double open = s.price(s.logPrice);
    for (int m = 0; m < m_options.historyMinutes; ++m) {
        s.stepMinute(s.closed.empty() ? 0.0 : std::log(s.closed.back().candle.close / s.closed.back().candle.open));
        const double sigma = std::sqrt(s.variance);
        s.logPrice += s.drift + sigma * s.rng.normal() + s.pendingJump;
        const double close = s.price(s.logPrice);
        const double wick = 0.6 * sigma;
        SimCandle k;
        k.candle.openTime = m_historyStart + qint64(m) * kMinuteMs;
        k.candle.open = open;
        k.candle.close = close;
        k.candle.high = std::max(s.price(std::log(std::max(open, close)) + std::abs(s.rng.normal()) * wick), std::max(open, close));
        k.candle.low = std::min(s.price(std::log(std::min(open, close)) - std::abs(s.rng.normal()) * wick), std::min(open, close));
        k.count = std::max(1, int(std::lround(s.expectedTradesPerMinute * (0.6 + 0.8 * s.rng.uniform()))));
        const double lots = std::round(double(k.count) * (2.0 + 2.0 * s.rng.uniform()));
        k.candle.volume = lots * s.lot;
        const double typical = (k.candle.high + k.candle.low + close) / 3.0;
        k.quoteVolume = k.candle.volume * typical;
        k.takerBuyBase = std::round(lots * s.rng.uniform()) * s.lot;
        k.takerBuyQuote = k.takerBuyBase * typical;
        k.firstId = s.nextId;
        k.lastId = s.nextId + k.count - 1;
        s.nextId += k.count;
        s.closed.push_back(k);
        open = close;
    }
    s.lastClose = open;
    s.logPrice = std::log(open);
}

void SimulatedMarket::startMinute(State &s, qint64 minuteOpen)
{
    s.minuteOpen = minuteOpen;
    s.forming = SimCandle{};
    s.forming.candle = {minuteOpen, s.lastClose, s.lastClose, s.lastClose, s.lastClose, 0.0};
}

void SimulatedMarket::closeMinute(State &s, qint64 minuteEnd, const Sink &sink)
{
    s.closed.push_back(s.forming);
    SimEvent event;
    event.kind = SimEvent::Kind::Kline;
    event.symbol = s.index;
    event.eventTime = minuteEnd;
    event.kline = s.forming;
    event.closed = true;
    if (sink)
        sink(event);
    s.stepMinute(std::log(s.forming.candle.close / s.forming.candle.open));
    startMinute(s, minuteEnd);
}

void SimulatedMarket::emitTrade(State &s, qint64 time, const Sink &sink)
{
    const double z = s.rng.normal();
    double step = s.drift / s.expectedTradesPerMinute + std::sqrt(s.variance / s.expectedTradesPerMinute) * z;
    step += s.pendingJump;
    s.pendingJump = 0.0;
    s.logPrice += step;
    const double lotsFactor = std::exp(s.rng.normal());
    const double u = s.rng.uniform();

    SimTrade trade;
    trade.id = s.nextId++;
    trade.time = time;
    trade.price = s.price(s.logPrice);
    trade.size = (1.0 + std::floor(lotsFactor * 2.0)) * s.lot;
    trade.buyerIsMaker = step < 0 ? u < 0.85 : u < 0.15;

    SimCandle &k = s.forming;
    if (k.count == 0) {
        k.candle.open = k.candle.high = k.candle.low = trade.price;
        k.firstId = trade.id;
    }
    k.candle.high = std::max(k.candle.high, trade.price);
    k.candle.low = std::min(k.candle.low, trade.price);
    k.candle.close = trade.price;
    k.candle.volume += trade.size;
    k.quoteVolume += trade.size * trade.price;
    if (!trade.buyerIsMaker) {
        k.takerBuyBase += trade.size;
        k.takerBuyQuote += trade.size * trade.price;
    }
    k.lastId = trade.id;
    ++k.count;
    s.lastClose = trade.price;

    if (sink) {
        SimEvent event;
        event.kind = SimEvent::Kind::Trade;
        event.symbol = s.index;
        event.eventTime = time;
        event.trade = trade;
        sink(event);
    }
}

void SimulatedMarket::advanceTo(qint64 nowMs, const Sink &sink)
{
    if (nowMs <= m_now)
        return;
    for (auto &statePtr : m_states) {
        State &s = *statePtr;
        for (;;) {
            const qint64 minuteEnd = s.minuteOpen + kMinuteMs;
            const qint64 boundary = std::min(s.nextPushMs, minuteEnd);
            if (s.nextTradeMs < boundary) {
                if (s.nextTradeMs > nowMs)
                    break;
                emitTrade(s, s.nextTradeMs, sink);
                s.nextTradeMs += qint64(std::llround(s.rng.exponential() * s.interarrivalMs));
                continue;
            }
            if (boundary > nowMs)
                break;
            if (boundary == minuteEnd) {
                closeMinute(s, minuteEnd, sink);
                if (s.nextPushMs == minuteEnd)
                    s.nextPushMs += m_options.klinePushMs;
                continue;
            }
            if (sink) {
                SimEvent event;
                event.kind = SimEvent::Kind::Kline;
                event.symbol = s.index;
                event.eventTime = s.nextPushMs;
                event.kline = s.forming;
                sink(event);
            }
            s.nextPushMs += m_options.klinePushMs;
        }
    }
    m_now = nowMs;
}

const model::Symbol &SimulatedMarket::symbol(int index) const
{
    return m_states.at(size_t(index))->symbol;
}

int SimulatedMarket::indexOfNative(QStringView native) const
{
    for (const auto &s : m_states) {
        if (native.compare(s->native, Qt::CaseInsensitive) == 0)
            return s->index;
    }
    return -1;
}

int SimulatedMarket::priceDecimals(int index) const
{
    return m_states.at(size_t(index))->decimals;
}

model::CandleSeries SimulatedMarket::closedCandles(int index) const
{
    model::CandleSeries out;
    const auto &closed = m_states.at(size_t(index))->closed;
    out.reserve(closed.size());
    for (const SimCandle &k : closed)
        out.push_back(k.candle);
    return out;
}

const std::vector<SimCandle> &SimulatedMarket::closedKlines(int index) const
{
    return m_states.at(size_t(index))->closed;
}

SimCandle SimulatedMarket::formingKline(int index) const
{
    return m_states.at(size_t(index))->forming;
}

std::vector<SimCandle> SimulatedMarket::klines(int index, qint64 startTime, qint64 endTime, int limit) const
{
    const State &s = *m_states.at(size_t(index));
    std::vector<SimCandle> out;
    if (limit <= 0)
        return out;
    // Rows are the contiguous closed minutes plus the forming one; index arithmetic finds the window.
    const qint64 total = qint64(s.closed.size()) + 1;
    auto rowAt = [&](qint64 i) -> const SimCandle & { return i < qint64(s.closed.size()) ? s.closed[size_t(i)] : s.forming; };
    auto firstAtOrAfter = [&](qint64 t) { return std::clamp((t - m_historyStart + kMinuteMs - 1) / kMinuteMs, qint64(0), total); };
    auto lastAtOrBefore = [&](qint64 t) { return t < m_historyStart ? qint64(-1) : std::min((t - m_historyStart) / kMinuteMs, total - 1); };
    const qint64 last = endTime >= 0 ? lastAtOrBefore(endTime) : total - 1;
    qint64 first = 0;
    if (startTime >= 0)
        first = firstAtOrAfter(startTime);
    else
        first = std::max<qint64>(0, last - limit + 1);
    for (qint64 i = first; i <= last && qint64(out.size()) < limit; ++i)
        out.push_back(rowAt(i));
    return out;
}

} // namespace cl::market
