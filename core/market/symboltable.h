#pragma once

#include "model/symbol.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace cl::market {

// Interns the native symbols seen in frames ("BTCUSDT", "BTC-USD") so that a parsed trade carries a small
// index instead of a string: the trade path compares bytes and never allocates once a symbol is known.
class SymbolTable
{
public:
    using Resolver = std::function<std::optional<model::Symbol>(std::string_view native)>;

    struct Entry
    {
        QByteArray native;
        model::Symbol symbol;
    };

    // The table refuses new entries past this, so a stream of invented symbols cannot grow it forever.
    static constexpr int kMaxEntries = 4096;

    explicit SymbolTable(Resolver resolver) : m_resolver(std::move(resolver)) {}

    // Index of native, adding it when the resolver maps it; -1 when it maps to nothing or the table is full.
    int intern(std::string_view native);
    // Registers a known mapping (what we subscribed to) ahead of the frames; returns its index.
    int add(std::string_view native, const model::Symbol &symbol);

    const Entry &at(int index) const { return m_entries[size_t(index)]; }
    int size() const { return int(m_entries.size()); }

private:
    int find(std::string_view native) const;

    Resolver m_resolver;
    std::vector<Entry> m_entries;
    mutable int m_last = -1;
};

} // namespace cl::market
