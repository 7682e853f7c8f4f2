#include "symboltable.h"

#include <algorithm>

namespace cl::market {

namespace {

bool sameBytes(const QByteArray &stored, std::string_view native)
{
    return size_t(stored.size()) == native.size() && std::equal(native.begin(), native.end(), stored.constData());
}

} // namespace

int SymbolTable::find(std::string_view native) const
{
    // Frames of one connection mostly repeat the previous symbol: check it first.
    if (m_last >= 0 && sameBytes(m_entries[size_t(m_last)].native, native))
        return m_last;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (sameBytes(m_entries[i].native, native)) {
            m_last = int(i);
            return m_last;
        }
    }
    return -1;
}

int SymbolTable::intern(std::string_view native)
{
    const int found = find(native);
    if (found >= 0)
        return found;
    if (native.empty() || m_entries.size() >= size_t(kMaxEntries) || !m_resolver)
        return -1;
    const std::optional<model::Symbol> symbol = m_resolver(native);
    if (!symbol)
        return -1;
    m_entries.push_back({QByteArray(native.data(), qsizetype(native.size())), *symbol});
    m_last = int(m_entries.size()) - 1;
    return m_last;
}

int SymbolTable::add(std::string_view native, const model::Symbol &symbol)
{
    const int found = find(native);
    if (found >= 0)
        return found;
    if (m_entries.size() >= size_t(kMaxEntries))
        return -1;
    m_entries.push_back({QByteArray(native.data(), qsizetype(native.size())), symbol});
    return int(m_entries.size()) - 1;
}

} // namespace cl::market
