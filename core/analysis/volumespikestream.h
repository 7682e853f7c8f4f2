#pragma once

#include "ringwindow.h"

#include <cmath>

namespace cl::analysis {

// Streaming volume spike: the newest volume against the mean and population sd of the `period`
// volumes before it (the newest one is not part of its own baseline).
class VolumeSpikeStream
{
public:
    struct Value
    {
        double ratio = kNaN;
        double zScore = kNaN;
    };

    explicit VolumeSpikeStream(int period = 20)
        : m_window(period)
        , m_period(period)
    {
    }

    const Value &update(double volume)
    {
        if (m_period >= 1 && m_window.full()) {
            const double mean = m_window.sum() / double(m_period);
            const double sd = std::sqrt(m_window.squaredDeviations(mean) / double(m_period));
            m_value = {mean == 0.0 ? kNaN : volume / mean, sd == 0.0 ? kNaN : (volume - mean) / sd};
        }
        m_window.push(volume);
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
    Value m_value;
};

} // namespace cl::analysis
