#pragma once

// Private to core/market (includes simdjson through jsonreader.h).

#include "jsonreader.h"

#include <limits>

namespace cl::market {
class ExchangeAdapter;
}

namespace cl::market::detail {

// The context an adapter parses one WebSocket frame in: the document, the ParsedFrame being filled, and
// the checks every exchange shares (time range, symbol mapping, candle sanity). Errors name the exchange
// and the frame number.
class FrameReader final : public JsonReader
{
public:
    FrameReader(ExchangeAdapter &adapter, ParsedFrame &out, od::document &doc);

    bool fail(ParseErrorKind kind, const QString &detail) override;
    bool failed() const { return m_failed; }

    od::document &document() { return m_doc; }
    ParsedFrame &out() { return m_out; }

    bool rootObject(od::object &out);
    // After the adapter read the root value: nothing may follow it.
    bool expectEnd();

    // A trade or event time: not before 2009 and not beyond the local clock plus the tolerance.
    bool time(qint64 ms, std::string_view what);
    // The symbol index of a native spelling; -1 after recording UnknownSymbol.
    int symbol(std::string_view native);
    // Validates a candle update (see checkCandle).
    bool candle(const CandleUpdate &update, qint64 alignOffsetMs = 0);
    // Fills a trade's id: numeric ids stay their digits, others must look like ids.
    bool tradeId(MarketTrade &trade, std::string_view id, bool numeric);
    bool tradeId(MarketTrade &trade, qint64 id);

    void ignore(std::string_view what);
    QString latin1(std::string_view text) const { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

private:
    qint64 latestAllowedMs();

    ExchangeAdapter &m_adapter;
    ParsedFrame &m_out;
    od::document &m_doc;
    bool m_failed = false;
    qint64 m_latestAllowedMs = std::numeric_limits<qint64>::min();
};

} // namespace cl::market::detail
