#include "reconnectbackoff.h"

#include <algorithm>
#include <cmath>

namespace cl::market {

ReconnectBackoff::ReconnectBackoff(quint64 seed, Options options) : m_options(options), m_engine(seed) {}

ReconnectBackoff::ReconnectBackoff(UnitRandom random, Options options)
    : m_options(options), m_engine(0), m_random(std::move(random))
{
}

qint64 ReconnectBackoff::ceilingMs() const
{
    // Past 2^20 the doubling has long met any sensible cap; stop shifting before it overflows.
    const int shift = std::min(m_attempts, 20);
    return std::min(m_options.capMs, m_options.initialMs << shift);
}

double ReconnectBackoff::draw()
{
    if (m_random)
        return std::clamp(m_random(), 0.0, 1.0);
    // 53 random bits -> [0, 1): the same sequence on every platform for a given seed (unlike
    // std::uniform_real_distribution, whose algorithm is implementation-defined).
    return double(m_engine() >> 11) * 0x1.0p-53;
}

qint64 ReconnectBackoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs();
    ++m_attempts;
    const qint64 delay = qint64(std::floor(draw() * double(ceiling + 1)));
    return std::clamp<qint64>(delay, 0, ceiling);
}

} // namespace cl::market
