#pragma once

#include "ringwindow.h"

#include <cmath>

namespace cl::analysis {

// Streaming Bollinger bands: SMA(p) mid and population sd by two passes over the window.
class BollingerStream
{
public:
    struct Value
    {
        double upper = kNaN;
        double mid = kNaN;
        double lower = kNaN;
    };

    BollingerStream(int period = 20, double kUp = 2.0, double kDown = 2.0)
        : m_window(period)
        , m_period(period)
        , m_kUp(kUp)
        , m_kDown(kDown)
    {
    }

    const Value &update(double close)
    {
        m_window.push(close);
        if (m_period < 1 || !m_window.full())
            return m_value;
        const double mean = m_window.sum() / double(m_period);
        const double sd = std::sqrt(m_window.squaredDeviations(mean) / double(m_period));
        m_value = {mean + m_kUp * sd, mean, mean - m_kDown * sd};
        return m_value;
    }
    const Value &value() const { return m_value; }
    void reset()
    {
        m_window.clear();
        m_value = {};
    }

private:
    RingWindow m_window;
    int m_period;
    double m_kUp;
    double m_kDown;
    Value m_value;
};

} // namespace cl::analysis
