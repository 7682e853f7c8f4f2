#include "parsedframe.h"

#include <array>

namespace cl::market {

QString parseErrorKindName(ParseErrorKind kind)
{
    static constexpr std::array<const char *, kParseErrorKindCount> kNames{
        "none",       "too-large",  "malformed",     "missing-field", "duplicate-field",
        "bad-value",  "bad-price",  "bad-size",      "bad-timestamp", "unknown-symbol"};
    return QString::fromLatin1(kNames[size_t(kind)]);
}

void ParsedFrame::reset(quint64 frameNumber)
{
    m_kind = FrameKind::Ignored;
    m_frameNumber = frameNumber;
    m_sequence = -1;
    m_snapshot = false;
    m_ignored = false;
    m_tradeCount = 0;
    m_candleCount = 0;
    if (m_control.kind != ControlKind::None)
        m_control = ControlEvent{};
    if (m_error.kind != ParseErrorKind::None)
        m_error = ParseError{};
    if (!m_ignoredWhat.isEmpty())
        m_ignoredWhat.clear();
}

MarketTrade &ParsedFrame::appendTrade()
{
    if (m_tradeCount == m_trades.size())
        m_trades.emplace_back();
    MarketTrade &slot = m_trades[m_tradeCount++];
    slot.firstId = -1;
    slot.lastId = -1;
    return slot;
}

CandleUpdate &ParsedFrame::appendCandle()
{
    if (m_candleCount == m_candles.size())
        m_candles.emplace_back();
    CandleUpdate &slot = m_candles[m_candleCount++];
    slot = CandleUpdate{};
    return slot;
}

ControlEvent &ParsedFrame::setControl(ControlKind kind)
{
    m_control = ControlEvent{};
    m_control.kind = kind;
    return m_control;
}

void ParsedFrame::setIgnored(const QString &what)
{
    m_ignored = true;
    m_ignoredWhat = what;
}

void ParsedFrame::setError(ParseErrorKind kind, model::ExchangeId exchange, const QString &reason)
{
    if (m_error.kind != ParseErrorKind::None)
        return; // the first problem is the one worth reporting
    m_error.kind = kind;
    m_error.exchange = exchange;
    m_error.frameNumber = m_frameNumber;
    m_error.reason = reason;
}

void ParsedFrame::finish()
{
    if (m_error.kind != ParseErrorKind::None) {
        m_kind = FrameKind::Error;
        m_tradeCount = 0;
        m_candleCount = 0;
        m_control = ControlEvent{};
    } else if (m_tradeCount > 0) {
        m_kind = FrameKind::Trades;
    } else if (m_candleCount > 0) {
        m_kind = FrameKind::Candles;
    } else if (m_control.kind != ControlKind::None) {
        m_kind = FrameKind::Control;
    } else {
        m_kind = FrameKind::Ignored;
        if (!m_ignored)
            m_ignoredWhat = QStringLiteral("nothing of interest");
    }
}

} // namespace cl::market
