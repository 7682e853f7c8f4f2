#pragma once

#include "clock.h"

#include <atomic>

namespace cl::model {

// A clock that only moves when told to; safe to read from other threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(std::memory_order_acquire); }
    void setNowMs(qint64 ms) { m_now.store(ms, std::memory_order_release); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms, std::memory_order_acq_rel); }

private:
    std::atomic<qint64> m_now;
};

} // namespace cl::model
