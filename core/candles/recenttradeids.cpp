#include "recenttradeids.h"

#include <QHash>

#include <algorithm>
#include <bit>

namespace cl::candles {

RecentTradeIds::RecentTradeIds(int capacity)
{
    const size_t cap = size_t(std::max(capacity, 1));
    m_ids.resize(cap);
    m_hashes.resize(cap, 0);
    // At most half full, so probe chains stay short.
    const size_t tableSize = std::bit_ceil(cap * 2);
    m_table.assign(tableSize, -1);
    m_mask = tableSize - 1;
}

size_t RecentTradeIds::hashOf(const QString &id)
{
    return qHash(QStringView(id), size_t(0x9e3779b97f4a7c15ULL));
}

size_t RecentTradeIds::findSlot(const QString &id, size_t hash) const
{
    for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const int entry = m_table[i];
        if (entry < 0)
            return npos;
        if (m_hashes[size_t(entry)] == hash && m_ids[size_t(entry)] == id)
            return i;
    }
}

bool RecentTradeIds::contains(const QString &id) const
{
    return !id.isEmpty() && findSlot(id, hashOf(id)) != npos;
}

// Backward-shift deletion keeps linear probing correct without tombstones.
void RecentTradeIds::eraseTableSlot(size_t slot)
{
    size_t hole = slot;
    m_table[hole] = -1;
    for (size_t j = (hole + 1) & m_mask; m_table[j] >= 0; j = (j + 1) & m_mask) {
        const size_t home = m_hashes[size_t(m_table[j])] & m_mask;
        const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (stays)
            continue;
        m_table[hole] = m_table[j];
        m_table[j] = -1;
        hole = j;
    }
}

bool RecentTradeIds::insert(const QString &id)
{
    if (id.isEmpty())
        return true;
    const size_t hash = hashOf(id);
    if (findSlot(id, hash) != npos)
        return false;
    const size_t ring = size_t(m_next);
    if (m_count == int(m_ids.size())) {
        const size_t old = findSlot(m_ids[ring], m_hashes[ring]);
        if (old != npos)
            eraseTableSlot(old);
    } else {
        ++m_count;
    }
    m_ids[ring] = id;
    m_hashes[ring] = hash;
    size_t i = hash & m_mask;
    while (m_table[i] >= 0)
        i = (i + 1) & m_mask;
    m_table[i] = int(ring);
    m_next = int((ring + 1) % m_ids.size());
    return true;
}

} // namespace cl::candles
