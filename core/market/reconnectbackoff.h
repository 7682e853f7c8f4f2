#pragma once

#include <QtGlobal>

#include <functional>
#include <random>

namespace cl::market {

// Reconnect delays (spec/feeds.md): exponential from 1 s, doubling to a 60 s cap, with full jitter (a
// uniform draw in [0, ceiling]) so that many clients dropped at once do not come back in lockstep.
// The random source is injected (a seed, or a function returning [0, 1)) so tests are deterministic.
class ReconnectBackoff
{
public:
    struct Options
    {
        qint64 initialMs = 1'000;
        qint64 capMs = 60'000;
    };
    using UnitRandom = std::function<double()>; // uniform in [0, 1)

    explicit ReconnectBackoff(quint64 seed = 0x5eed'f00dULL) : ReconnectBackoff(seed, Options{}) {}
    ReconnectBackoff(quint64 seed, Options options);
    ReconnectBackoff(UnitRandom random, Options options);

    // The upper bound of the next delay: min(cap, initial * 2^attempts).
    qint64 ceilingMs() const;
    // Draws the next delay in [0, ceilingMs()] and counts the attempt.
    qint64 nextDelayMs();
    // After a connection proved healthy: the next delay starts from the initial ceiling again.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    const Options &options() const { return m_options; }

private:
    double draw();

    Options m_options;
    int m_attempts = 0;
    std::mt19937_64 m_engine;
    UnitRandom m_random;
};

} // namespace cl::market
