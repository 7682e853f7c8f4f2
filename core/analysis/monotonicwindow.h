#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

namespace cl::analysis {

// Sliding-window maximum (or minimum) over values pushed with increasing indices: push() in O(1)
// amortized, front() is the extreme of the entries not yet expired. Fixed storage, no allocation after
// construction: capacity must exceed the longest window in entries.
template<bool Max>
class MonotonicWindow
{
public:
    explicit MonotonicWindow(int capacity) : m_entries(std::bit_ceil(size_t(capacity > 1 ? capacity : 2))), m_mask(m_entries.size() - 1) {}

    void push(qint64 index, double value)
    {
        // An older entry that is not more extreme than the newcomer can never be the answer again.
        while (m_size > 0 && !better(at(m_size - 1).value, value))
            --m_size;
        at(m_size) = {index, value};
        ++m_size;
    }
    // Drops entries with index < first.
    void expire(qint64 first)
    {
        while (m_size > 0 && at(0).index < first) {
            m_head = (m_head + 1) & m_mask;
            --m_size;
        }
    }
    bool empty() const { return m_size == 0; }
    double front() const { return m_entries[m_head].value; }
    void clear()
    {
        m_head = 0;
        m_size = 0;
    }

private:
    struct Entry
    {
        qint64 index;
        double value;
    };
    static bool better(double kept, double incoming) { return Max ? kept > incoming : kept < incoming; }
    Entry &at(size_t k) { return m_entries[(m_head + k) & m_mask]; }
    const Entry &at(size_t k) const { return m_entries[(m_head + k) & m_mask]; }

    std::vector<Entry> m_entries;
    size_t m_mask;
    size_t m_head = 0;
    size_t m_size = 0;
};

} // namespace cl::analysis
