#include "framereader.h"

#include "candlecheck.h"
#include "exchangeadapter.h"
#include "feedvalues.h"

#include <charconv>

namespace cl::market::detail {

FrameReader::FrameReader(ExchangeAdapter &adapter, ParsedFrame &out, od::document &doc)
    : m_adapter(adapter), m_out(out), m_doc(doc)
{
}

bool FrameReader::fail(ParseErrorKind kind, const QString &detail)
{
    if (!m_failed) {
        m_failed = true;
        m_out.setError(kind, m_adapter.exchange(),
                       QStringLiteral("%1 frame %2: %3").arg(m_adapter.name()).arg(m_out.frameNumber()).arg(detail));
    }
    return false;
}

bool FrameReader::rootObject(od::object &out)
{
    const simdjson::error_code code = m_doc.get_object().get(out);
    if (code == simdjson::INCORRECT_TYPE)
        return fail(ParseErrorKind::Malformed, QStringLiteral("expected a JSON object"));
    return code ? malformed(code) : true;
}

bool FrameReader::expectEnd()
{
    // current_location() reports OUT_OF_BOUNDS exactly when the whole input has been consumed.
    if (m_doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
        return fail(ParseErrorKind::Malformed, QStringLiteral("unexpected bytes after the JSON value"));
    return true;
}

qint64 FrameReader::latestAllowedMs()
{
    if (m_latestAllowedMs == std::numeric_limits<qint64>::min())
        m_latestAllowedMs = m_adapter.m_clock.nowMs() + m_adapter.m_futureToleranceMs;
    return m_latestAllowedMs;
}

bool FrameReader::time(qint64 ms, std::string_view what)
{
    if (ms < kEarliestMarketTimeMs)
        return fail(ParseErrorKind::BadTimestamp, QStringLiteral("%1 %2 is before 2009").arg(name(what)).arg(ms));
    if (ms > latestAllowedMs())
        return fail(ParseErrorKind::BadTimestamp,
                    QStringLiteral("%1 %2 (%3) is in the future").arg(name(what)).arg(ms).arg(formatUtcSeconds(ms)));
    return true;
}

int FrameReader::symbol(std::string_view native)
{
    const int index = m_adapter.m_symbols.intern(native);
    if (index < 0)
        fail(ParseErrorKind::UnknownSymbol,
             QStringLiteral("symbol '%1' maps to no BASE/QUOTE pair").arg(excerpt(native)));
    return index;
}

bool FrameReader::candle(const CandleUpdate &update, qint64 alignOffsetMs)
{
    const auto problem = checkCandle(update.candle, update.intervalMs, alignOffsetMs, latestAllowedMs());
    return problem ? fail(problem->kind, problem->text) : true;
}

bool FrameReader::tradeId(MarketTrade &trade, std::string_view id, bool numeric)
{
    if (numeric ? !(isAllDigits(id) && id.size() <= 19) : !isPlausibleId(id))
        return fail(ParseErrorKind::BadValue, QStringLiteral("trade id '%1' is not a valid id").arg(excerpt(id)));
    assignLatin1(trade.trade.id, id);
    return true;
}

bool FrameReader::tradeId(MarketTrade &trade, qint64 id)
{
    if (id < 0)
        return fail(ParseErrorKind::BadValue, QStringLiteral("trade id %1 is negative").arg(id));
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, id);
    assignLatin1(trade.trade.id, std::string_view(digits, size_t(result.ptr - digits)));
    return true;
}

void FrameReader::ignore(std::string_view what)
{
    m_out.setIgnored(excerpt(what, 60));
}

} // namespace cl::market::detail
