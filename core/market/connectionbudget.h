#pragma once

#include "model/clock.h"

#include <QtGlobal>

#include <deque>

namespace cl::market {

// Connection attempts inside an exchange's limit (Binance 300 per 5 min per IP). We use at most half of
// it: other programs on the same IP (a second instance, a bot) share the exchange's count.
class ConnectionBudget
{
public:
    // maxPerWindow 0 or windowMs 0: the exchange documents no limit; nothing is ever delayed.
    ConnectionBudget(const model::Clock &clock, int maxPerWindow, qint64 windowMs);

    // How many attempts this budget allows per window: half the exchange's limit, at least one.
    int allowed() const { return m_allowed; }
    int attemptsInWindow() const;
    // 0 when an attempt may start now; otherwise how long until the oldest attempt leaves the window.
    qint64 delayBeforeNextMs() const;
    void recordAttempt();

private:
    void expire() const;

    const model::Clock &m_clock;
    int m_allowed = 0;
    qint64 m_windowMs = 0;
    mutable std::deque<qint64> m_attempts; // start times, oldest first
};

} // namespace cl::market
