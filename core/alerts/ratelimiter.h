#pragma once

#include <QtGlobal>

#include <deque>

namespace cl::alerts {

// At most `count` messages in any `windowMs` (a sliding window over the send times).
class RateLimiter
{
public:
    RateLimiter(int count, qint64 windowMs) : m_count(count), m_windowMs(windowMs) {}

    // The earliest time >= nowMs at which one more message may go.
    qint64 nextAllowedAt(qint64 nowMs)
    {
        while (!m_sent.empty() && m_sent.front() <= nowMs - m_windowMs)
            m_sent.pop_front();
        if (m_count <= 0 || int(m_sent.size()) < m_count)
            return nowMs;
        return m_sent.front() + m_windowMs;
    }
    void record(qint64 nowMs) { m_sent.push_back(nowMs); }

private:
    int m_count;
    qint64 m_windowMs;
    std::deque<qint64> m_sent;
};

} // namespace cl::alerts
