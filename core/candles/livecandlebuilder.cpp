#include "livecandlebuilder.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcLiveCandles, "cl.candles.live")

namespace cl::candles {

namespace {
constexpr qint64 kMinute = 60'000;

qint64 floorMinute(qint64 ms)
{
    const qint64 q = ms / kMinute;
    return (ms % kMinute < 0 ? q - 1 : q) * kMinute;
}

bool positiveFinite(double v)
{
    return std::isfinite(v) && v > 0.0;
}

QString describe(const model::Candle &c)
{
    return QStringLiteral("o=%1 h=%2 l=%3 c=%4 v=%5")
        .arg(c.open, 0, 'g', 17)
        .arg(c.high, 0, 'g', 17)
        .arg(c.low, 0, 'g', 17)
        .arg(c.close, 0, 'g', 17)
        .arg(c.volume, 0, 'g', 17);
}
} // namespace

LiveCandleBuilder::LiveCandleBuilder() : LiveCandleBuilder(Options{})
{
}

LiveCandleBuilder::LiveCandleBuilder(Options options) : m_options(std::move(options)), m_ids(m_options.recentTradeIds)
{
}

bool LiveCandleBuilder::isValidCandle(const model::Candle &c)
{
    return positiveFinite(c.open) && positiveFinite(c.high) && positiveFinite(c.low) && positiveFinite(c.close)
        && std::isfinite(c.volume) && c.volume >= 0.0 && c.high >= c.low && c.high >= c.open && c.high >= c.close
        && c.low <= c.open && c.low <= c.close && floorMinute(c.openTime) == c.openTime;
}

bool LiveCandleBuilder::inSession(qint64 tsMs)
{
    if (m_options.session.isAlwaysOpen() || m_options.session.isOpen(tsMs))
        return true;
    ++m_counters.outsideSession;
    return false;
}

int LiveCandleBuilder::findOpen(qint64 minute) const
{
    for (int i = 0; i < m_openCount; ++i) {
        if (m_open[size_t(i)].openTime == minute)
            return i;
    }
    return -1;
}

LiveCandleBuilder::TradeOutcome LiveCandleBuilder::addTrade(const model::Trade &trade, model::CandleSeries &closed)
{
    if (!positiveFinite(trade.price) || !positiveFinite(trade.size) || trade.timestamp <= 0) {
        ++m_counters.invalid;
        return TradeOutcome::Invalid;
    }
    if (!inSession(trade.timestamp))
        return TradeOutcome::OutsideSession;
    if (!m_ids.insert(trade.id)) {
        ++m_counters.duplicates;
        return TradeOutcome::Duplicate;
    }
    const qint64 minute = floorMinute(trade.timestamp);
    if (minute < m_closedBefore) {
        // Logged sparsely: a reconnect can deliver thousands of these at once.
        if (m_counters.late++ % 1000 == 0)
            qCInfo(lcLiveCandles).noquote() << m_label << "trade for closed minute" << minute << "dropped (late trades:"
                                            << m_counters.late << ")";
        return TradeOutcome::Late;
    }
    if (!m_options.exchangeFlag)
        closeBefore(minute, closed);
    OpenMinute &slot = openSlot(minute, closed);
    model::Candle &c = slot.trades;
    if (!slot.hasTrades) {
        c = {minute, trade.price, trade.price, trade.price, trade.price, trade.size};
        slot.firstTs = slot.lastTs = trade.timestamp;
        slot.hasTrades = true;
    } else {
        c.high = std::max(c.high, trade.price);
        c.low = std::min(c.low, trade.price);
        c.volume += trade.size;
        if (trade.timestamp < slot.firstTs) { // arrived out of order: it opened the minute
            slot.firstTs = trade.timestamp;
            c.open = trade.price;
        }
        if (trade.timestamp >= slot.lastTs) {
            slot.lastTs = trade.timestamp;
            c.close = trade.price;
        }
    }
    ++m_counters.accepted;
    return TradeOutcome::Accepted;
}

bool LiveCandleBuilder::addExchangeCandle(const model::Candle &candle, market::CandleState state,
                                          model::CandleSeries &closed)
{
    if (!isValidCandle(candle)) {
        ++m_counters.invalidCandles;
        return false;
    }
    if (!inSession(candle.openTime))
        return false;
    const qint64 minute = candle.openTime;
    if (state == market::CandleState::Closed) {
        applyAuthority(candle, "exchange kline", closed);
        return true;
    }
    if (minute < m_closedBefore) {
        ++m_counters.lateCandleUpdates;
        return true;
    }
    if (!m_options.exchangeFlag || state == market::CandleState::Unflagged)
        closeBefore(minute, closed);
    OpenMinute &slot = openSlot(minute, closed);
    slot.exchange = candle;
    slot.hasExchange = true;
    return true;
}

bool LiveCandleBuilder::addClosedCandle(const model::Candle &candle, model::CandleSeries &closed)
{
    if (!isValidCandle(candle)) {
        ++m_counters.invalidCandles;
        return false;
    }
    if (!inSession(candle.openTime))
        return false;
    applyAuthority(candle, "REST candle", closed);
    return true;
}

// The exchange says this minute is final: earlier open minutes are final too.
void LiveCandleBuilder::applyAuthority(const model::Candle &candle, const char *source, model::CandleSeries &closed)
{
    const qint64 minute = candle.openTime;
    if (minute < m_closedBefore) {
        const model::Candle *previous = recentClosed(minute);
        if (previous && *previous == candle)
            return; // already emitted exactly so: never a duplicate
        if (previous)
            logMismatch(source, candle, *previous, "the candle closed before");
        ++m_counters.corrections;
        emitClosed(candle, closed);
        return;
    }
    closeBefore(minute, closed);
    if (m_openCount > 0 && m_open[0].openTime == minute) {
        closeFront(&candle, source, closed);
    } else {
        emitClosed(candle, closed);
    }
    m_closedBefore = std::max(m_closedBefore, minute + kMinute);
}

void LiveCandleBuilder::advanceTime(qint64 exchangeNowMs, model::CandleSeries &closed)
{
    // Minute m is closed once now >= m + 1 min + grace.
    const qint64 limit = floorMinute(exchangeNowMs - kMinute - m_options.graceMs) + kMinute;
    if (limit > m_closedBefore)
        closeBefore(limit, closed);
}

void LiveCandleBuilder::closeBefore(qint64 minute, model::CandleSeries &closed)
{
    while (m_openCount > 0 && m_open[0].openTime < minute)
        closeFront(nullptr, nullptr, closed);
    m_closedBefore = std::max(m_closedBefore, minute);
}

LiveCandleBuilder::OpenMinute &LiveCandleBuilder::openSlot(qint64 minute, model::CandleSeries &closed)
{
    if (const int i = findOpen(minute); i >= 0)
        return m_open[size_t(i)];
    if (m_openCount == kMaxOpen) // cannot happen with a sane grace; never grow
        closeFront(nullptr, nullptr, closed);
    int pos = m_openCount;
    while (pos > 0 && m_open[size_t(pos - 1)].openTime > minute) {
        m_open[size_t(pos)] = m_open[size_t(pos - 1)];
        --pos;
    }
    m_open[size_t(pos)] = OpenMinute{};
    m_open[size_t(pos)].openTime = minute;
    if (m_firstMinute == std::numeric_limits<qint64>::min())
        m_firstMinute = minute;
    ++m_openCount;
    return m_open[size_t(pos)];
}

// Closes the oldest open minute, with the authority's candle when one is given.
void LiveCandleBuilder::closeFront(const model::Candle *authority, const char *source, model::CandleSeries &closed)
{
    const OpenMinute slot = m_open[0];
    for (int i = 1; i < m_openCount; ++i)
        m_open[size_t(i - 1)] = m_open[size_t(i)];
    --m_openCount;
    m_closedBefore = std::max(m_closedBefore, slot.openTime + kMinute);
    if (authority) {
        if (slot.hasTrades && !(slot.trades == *authority))
            logMismatch(source, *authority, slot.trades, "the trade-built candle");
        emitClosed(*authority, closed);
        return;
    }
    // Unflagged klines are snapshots the exchange pushes now and then; the trades we saw are newer. Such a
    // snapshot without volume is no authority: a minute without trades makes no candle.
    if (slot.hasTrades)
        emitClosed(slot.trades, closed);
    else if (slot.hasExchange && slot.exchange.volume > 0.0)
        emitClosed(slot.exchange, closed);
}

void LiveCandleBuilder::emitClosed(const model::Candle &candle, model::CandleSeries &closed)
{
    closed.push_back(candle);
    const size_t index = size_t(((candle.openTime / kMinute) % kRecentClosed + kRecentClosed) % kRecentClosed);
    m_recent[index] = candle;
    m_recentValid[index] = true;
    ++m_counters.closed;
}

const model::Candle *LiveCandleBuilder::recentClosed(qint64 minute) const
{
    const size_t index = size_t(((minute / kMinute) % kRecentClosed + kRecentClosed) % kRecentClosed);
    return m_recentValid[index] && m_recent[index].openTime == minute ? &m_recent[index] : nullptr;
}

void LiveCandleBuilder::logMismatch(const char *source, const model::Candle &authority, const model::Candle &built,
                                    const char *builtWhat)
{
    ++m_counters.mismatches;
    if (authority.openTime == m_firstMinute) {
        qCDebug(lcLiveCandles).noquote() << m_label << "minute" << authority.openTime << "joined mid-minute:"
                                         << QLatin1String(source) << describe(authority) << "replaces"
                                         << QLatin1String(builtWhat) << describe(built);
        return;
    }
    qCWarning(lcLiveCandles).noquote() << m_label << "minute" << authority.openTime << QLatin1String(source)
                                       << describe(authority) << "differs from" << QLatin1String(builtWhat)
                                       << describe(built) << "; the exchange's candle is kept";
}

const model::Candle *LiveCandleBuilder::forming() const
{
    if (m_openCount == 0)
        return nullptr;
    const OpenMinute &slot = m_open[size_t(m_openCount - 1)];
    return slot.hasTrades ? &slot.trades : slot.hasExchange ? &slot.exchange : nullptr;
}

} // namespace cl::candles
