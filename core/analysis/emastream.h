#pragma once

#include "indicators.h"

namespace cl::analysis {

// Streaming EMA(p) seeded with the SMA of the first p inputs (TA-Lib default).
class EmaStream
{
public:
    explicit EmaStream(int period)
        : m_period(period)
        , m_k(2.0 / double(period + 1))
    {
    }

    double update(double value)
    {
        if (m_period < 1)
            return kNaN;
        if (m_count < m_period) {
            m_seedSum += value;
            if (++m_count == m_period)
                m_value = m_seedSum / double(m_period);
            return m_value;
        }
        m_value = m_value + (value - m_value) * m_k;
        return m_value;
    }
    double value() const { return m_value; }
    bool ready() const { return m_count >= m_period && m_period >= 1; }
    void reset()
    {
        m_count = 0;
        m_seedSum = 0.0;
        m_value = kNaN;
    }

private:
    int m_period;
    double m_k;
    int m_count = 0;
    double m_seedSum = 0.0;
    double m_value = kNaN;
};

} // namespace cl::analysis
