#include "exchangeclock.h"

#include <algorithm>
#include <cstdlib>

namespace cl::market {

namespace {
// Closer than this to 1 is clock drift and request jitter, not a sped-up exchange.
constexpr qint64 kRateDeadBandPpm = 20'000;
constexpr qint64 kMinRateBaselineMs = 2'000;
} // namespace

qint64 ExchangeClock::nowMs() const
{
    const qint64 local = m_local.nowMs();
    qint64 estimate = local + m_offset.load(std::memory_order_acquire);
    const qint64 rate = m_ratePpm.load(std::memory_order_acquire);
    if (rate != 1'000'000 && m_synced.load(std::memory_order_acquire)) {
        const qint64 lastLocal = m_lastLocal.load(std::memory_order_acquire);
        const qint64 lastServer = m_lastServer.load(std::memory_order_acquire);
        estimate = lastServer + qint64((long double)(local - lastLocal) * (long double)rate / 1e6L);
    }
    return std::max(estimate, m_observed.load(std::memory_order_acquire));
}

void ExchangeClock::setServerTime(qint64 serverMs, qint64 localMidMs)
{
    if (!m_synced.load(std::memory_order_acquire)) {
        m_firstServer.store(serverMs, std::memory_order_release);
        m_firstLocal.store(localMidMs, std::memory_order_release);
    }
    const qint64 baseline = localMidMs - m_firstLocal.load(std::memory_order_acquire);
    if (baseline >= kMinRateBaselineMs) {
        const qint64 ppm = qint64((long double)(serverMs - m_firstServer.load(std::memory_order_acquire)) * 1e6L
                                  / (long double)baseline);
        m_ratePpm.store(std::abs(ppm - 1'000'000) < kRateDeadBandPpm ? 1'000'000 : std::clamp<qint64>(ppm, 1, 1'000'000'000),
                        std::memory_order_release);
    }
    m_lastServer.store(serverMs, std::memory_order_release);
    m_lastLocal.store(localMidMs, std::memory_order_release);
    m_offset.store(serverMs - localMidMs, std::memory_order_release);
    m_synced.store(true, std::memory_order_release);
    observe(serverMs);
}

void ExchangeClock::observe(qint64 exchangeMs)
{
    qint64 seen = m_observed.load(std::memory_order_relaxed);
    while (exchangeMs > seen && !m_observed.compare_exchange_weak(seen, exchangeMs, std::memory_order_acq_rel)) {
    }
}

} // namespace cl::market
