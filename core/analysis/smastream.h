#pragma once

#include "ringwindow.h"

namespace cl::analysis {

// Streaming SMA(p): update() returns the value for the newest input (NaN inside the lookback).
class SmaStream
{
public:
    explicit SmaStream(int period)
        : m_window(period)
        , m_period(period)
    {
    }

    double update(double value)
    {
        m_window.push(value);
        m_value = m_period >= 1 && m_window.full() ? m_window.sum() / double(m_period) : kNaN;
        return m_value;
    }
    double value() const { return m_value; }
    void reset()
    {
        m_window.clear();
        m_value = kNaN;
    }

private:
    RingWindow m_window;
    int m_period;
    double m_value = kNaN;
};

} // namespace cl::analysis
