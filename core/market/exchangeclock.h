#pragma once

#include "model/clock.h"

#include <QtGlobal>

#include <atomic>

namespace cl::market {

// The exchange's idea of "now" (spec/feeds.md: candle closing and backfill ranges follow the exchange's
// time, not the local clock): the local clock corrected by the offset a server-time request measured, and
// never behind the newest timestamp the exchange itself sent. Two server-time readings far enough apart also
// give the rate of the exchange's clock: 1 for a real exchange, X for a simulated one running X times
// faster (replay-server --speed). Safe to read from other threads.
class ExchangeClock final : public model::Clock
{
public:
    explicit ExchangeClock(const model::Clock &local) : m_local(local) {}

    qint64 nowMs() const override;
    // A server-time answer; localMidMs is the local time halfway through the request.
    void setServerTime(qint64 serverMs, qint64 localMidMs);
    // A timestamp from a frame or a response: the exchange's clock is at least there.
    void observe(qint64 exchangeMs);
    bool isSynchronized() const { return m_synced.load(std::memory_order_acquire); }
    qint64 newestObservedMs() const { return m_observed.load(std::memory_order_acquire); }
    const model::Clock &local() const { return m_local; }

private:
    const model::Clock &m_local;
    std::atomic<qint64> m_offset{0};
    // The first and the newest reading (server ms, local ms) and the rate (x 1e6) between them.
    std::atomic<qint64> m_firstServer{0};
    std::atomic<qint64> m_firstLocal{0};
    std::atomic<qint64> m_lastServer{0};
    std::atomic<qint64> m_lastLocal{0};
    std::atomic<qint64> m_ratePpm{1'000'000};
    std::atomic<qint64> m_observed{0};
    std::atomic<bool> m_synced{false};
};

} // namespace cl::market
