#pragma once

#include <QtGlobal>

namespace cl::alerts {

// Per channel: `threshold` consecutive failures open the breaker for openMs; while open nothing is sent.
// After that one trial goes through (half-open): a success closes it, a failure opens it again.
class CircuitBreaker
{
public:
    CircuitBreaker(int threshold, qint64 openMs) : m_threshold(threshold), m_openMs(openMs) {}

    bool allows(qint64 nowMs) const { return m_openUntil < 0 || nowMs >= m_openUntil; }
    bool isOpen(qint64 nowMs) const { return !allows(nowMs); }
    void recordSuccess()
    {
        m_failures = 0;
        m_openUntil = -1;
    }
    void recordFailure(qint64 nowMs)
    {
        ++m_failures;
        if (m_failures >= m_threshold)
            m_openUntil = nowMs + m_openMs;
    }
    int failures() const { return m_failures; }
    qint64 openUntil() const { return m_openUntil; }

private:
    int m_threshold;
    qint64 m_openMs;
    int m_failures = 0;
    qint64 m_openUntil = -1;
};

} // namespace cl::alerts
