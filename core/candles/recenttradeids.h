#pragma once

#include <QString>

#include <vector>

namespace cl::candles {

// The last N trade ids of one symbol, to drop trades an exchange sends twice (snapshots re-sent after a
// reconnect, overlapping REST and WebSocket trades). Fixed memory: a ring of ids plus an open-addressing
// index into it, so remembering an id costs no allocation (QString copies share the caller's buffer).
class RecentTradeIds
{
public:
    explicit RecentTradeIds(int capacity = 4096);

    // True when the id is new (it is remembered, evicting the oldest); false for a duplicate.
    // An empty id is never a duplicate (exchanges without ids cannot be deduplicated this way).
    bool insert(const QString &id);
    bool contains(const QString &id) const;
    int size() const { return m_count; }
    int capacity() const { return int(m_ids.size()); }

private:
    static size_t hashOf(const QString &id);
    size_t findSlot(const QString &id, size_t hash) const; // table index holding id, or npos
    void eraseTableSlot(size_t slot);

    static constexpr size_t npos = size_t(-1);
    std::vector<QString> m_ids;     // ring, m_next is the oldest once full
    std::vector<size_t> m_hashes;
    std::vector<int> m_table;       // ring index, -1 = empty
    size_t m_mask = 0;
    int m_next = 0;
    int m_count = 0;
};

} // namespace cl::candles
