#include "connectionbudget.h"

#include <algorithm>

namespace cl::market {

ConnectionBudget::ConnectionBudget(const model::Clock &clock, int maxPerWindow, qint64 windowMs)
    : m_clock(clock), m_allowed(maxPerWindow > 0 && windowMs > 0 ? std::max(1, maxPerWindow / 2) : 0),
      m_windowMs(windowMs)
{
}

void ConnectionBudget::expire() const
{
    const qint64 now = m_clock.nowMs();
    while (!m_attempts.empty() && now - m_attempts.front() >= m_windowMs)
        m_attempts.pop_front();
}

int ConnectionBudget::attemptsInWindow() const
{
    if (m_allowed == 0)
        return int(m_attempts.size());
    expire();
    return int(m_attempts.size());
}

qint64 ConnectionBudget::delayBeforeNextMs() const
{
    if (m_allowed == 0)
        return 0;
    expire();
    if (int(m_attempts.size()) < m_allowed)
        return 0;
    // The attempt that frees a slot is the one m_allowed places back from the newest.
    const qint64 freeingStart = m_attempts[m_attempts.size() - size_t(m_allowed)];
    return std::max<qint64>(1, freeingStart + m_windowMs - m_clock.nowMs());
}

void ConnectionBudget::recordAttempt()
{
    if (m_allowed == 0)
        return; // unlimited: nothing to remember
    expire();
    m_attempts.push_back(m_clock.nowMs());
}

} // namespace cl::market
