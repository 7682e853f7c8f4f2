#pragma once

#include "indicators.h"

namespace cl::analysis {

// Streaming Wilder ATR(p): seed = mean of TR_1..TR_p at index p, then (a*(p-1) + TR) / p.
class AtrStream
{
public:
    explicit AtrStream(int period = 14)
        : m_period(period)
    {
    }

    double update(double high, double low, double close)
    {
        if (m_period < 1)
            return kNaN;
        if (!m_hasPrevious) {
            m_hasPrevious = true;
            m_previousClose = close;
            return m_value;
        }
        const double tr = detail::trueRangeOf(high, low, m_previousClose);
        m_previousClose = close;
        if (m_ranges < m_period) {
            m_sum += tr;
            if (++m_ranges == m_period)
                m_value = m_sum / double(m_period);
            return m_value;
        }
        m_value = (m_value * double(m_period - 1) + tr) / double(m_period);
        return m_value;
    }
    double update(const model::Candle &candle) { return update(candle.high, candle.low, candle.close); }
    double value() const { return m_value; }
    // The value, or 0 inside the lookback (what the trading levels use).
    double valueOrZero() const { return m_value == m_value ? m_value : 0.0; }
    void reset() { *this = AtrStream(m_period); }

private:
    int m_period;
    bool m_hasPrevious = false;
    double m_previousClose = 0.0;
    int m_ranges = 0;
    double m_sum = 0.0;
    double m_value = kNaN;
};

} // namespace cl::analysis
