#pragma once

#include "indicators.h"

#include <vector>

namespace cl::analysis {

// The last `capacity` values of a stream, oldest first. Sums run over the window in time order from 0.0,
// exactly as the batch indicators sum their input slice, so streaming and batch agree bit for bit.
class RingWindow
{
public:
    explicit RingWindow(int capacity)
        : m_values(size_t(capacity > 0 ? capacity : 1))
        , m_capacity(capacity > 0 ? capacity : 1)
    {
    }

    void push(double value)
    {
        m_values[size_t(m_next)] = value;
        m_next = m_next + 1 == m_capacity ? 0 : m_next + 1;
        if (m_count < m_capacity)
            ++m_count;
    }
    bool full() const { return m_count == m_capacity; }
    int count() const { return m_count; }
    int capacity() const { return m_capacity; }
    void clear()
    {
        m_count = 0;
        m_next = 0;
    }

    // Oldest first; only meaningful when full().
    double sum() const
    {
        const double *data = m_values.data();
        double total = 0.0;
        for (int k = m_next; k < m_capacity; ++k)
            total += data[k];
        for (int k = 0; k < m_next; ++k)
            total += data[k];
        return total;
    }
    double squaredDeviations(double mean) const
    {
        const double *data = m_values.data();
        double total = 0.0;
        for (int k = m_next; k < m_capacity; ++k) {
            const double d = data[k] - mean;
            total += d * d;
        }
        for (int k = 0; k < m_next; ++k) {
            const double d = data[k] - mean;
            total += d * d;
        }
        return total;
    }

private:
    std::vector<double> m_values;
    int m_capacity;
    int m_next = 0;
    int m_count = 0;
};

} // namespace cl::analysis
