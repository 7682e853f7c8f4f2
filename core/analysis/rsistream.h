#pragma once

#include "indicators.h"

namespace cl::analysis {

// Streaming RSI(p) of closes: seed averages at index p, then Wilder smoothing; 0 when G + L < 1e-14.
class RsiStream
{
public:
    explicit RsiStream(int period = 14)
        : m_period(period)
    {
    }

    double update(double close)
    {
        if (m_period < 1)
            return kNaN;
        if (!m_hasPrevious) {
            m_hasPrevious = true;
            m_previous = close;
            return m_value;
        }
        const double d = close - m_previous;
        m_previous = close;
        if (m_diffs < m_period) {
            if (d < 0)
                m_loss -= d;
            else
                m_gain += d;
            if (++m_diffs < m_period)
                return m_value;
            m_gain /= double(m_period);
            m_loss /= double(m_period);
        } else {
            m_gain = (m_gain * double(m_period - 1) + (d < 0 ? 0.0 : d)) / double(m_period);
            m_loss = (m_loss * double(m_period - 1) + (d < 0 ? -d : 0.0)) / double(m_period);
        }
        const double total = m_gain + m_loss;
        m_value = total < 1e-14 ? 0.0 : 100.0 * (m_gain / total);
        return m_value;
    }
    double value() const { return m_value; }
    void reset() { *this = RsiStream(m_period); }

private:
    int m_period;
    bool m_hasPrevious = false;
    double m_previous = 0.0;
    int m_diffs = 0;
    double m_gain = 0.0;
    double m_loss = 0.0;
    double m_value = kNaN;
};

} // namespace cl::analysis
