#pragma once

#include "model/candle.h"
#include "model/exchangeid.h"
#include "model/trade.h"

#include <QString>

#include <span>
#include <vector>

namespace cl::market {

// What one server->client frame turned out to be.
enum class FrameKind : quint8 {
    Trades,  // trades() holds one or more normalized trades
    Candles, // candles() holds one or more candle updates
    Control, // control() says what (ack, pong, heartbeat, welcome, exchange error, planned reconnect)
    Ignored, // valid but of no interest (unknown event, other channel); counted, not an error
    Error,   // rejected: error() says why; nothing of the frame may be used
};

enum class ControlKind : quint8 {
    None,
    Ack,             // subscribe / unsubscribe / list-subscriptions answer
    Pong,            // answer to our ping
    Heartbeat,       // the exchange's keep-alive (Coinbase heartbeats, Kraken heartbeat)
    Welcome,         // the connection is usable (KuCoin welcome, Kraken status)
    ExchangeError,   // the exchange reported an error (bad subscribe, rate limit, expired token)
    ReconnectNotice, // planned disconnect: Binance serverShutdown, OKX notice 64008
};

// Whether a candle update is final. Unflagged: the exchange has no closed flag (Kraken, KuCoin,
// Coinbase); CandleCloseRule (adaptertypes.h) says when such a candle counts as closed.
enum class CandleState : quint8 { Forming, Closed, Unflagged };

struct MarketTrade
{
    int symbol = -1; // index into the adapter's SymbolTable
    model::Trade trade;
    // The exchange's contiguous trade-id range this tick covers, for gap detection (Binance t / aggTrade f..l,
    // OKX tradeId-count+1..tradeId, Coinbase Exchange and Kraken trade_id); -1 where ids are not contiguous.
    qint64 firstId = -1;
    qint64 lastId = -1;
};

struct CandleUpdate
{
    int symbol = -1;
    qint64 intervalMs = 0;
    model::Candle candle; // openTime = interval start, UTC ms
    CandleState state = CandleState::Unflagged;
    qint64 eventTimeMs = -1; // the exchange's time of this update where it sends one
    qint64 tradeCount = -1;
};

struct ControlEvent
{
    ControlKind kind = ControlKind::None;
    QString requestId;       // id / req_id echoed by acks and pongs
    QString code;            // exchange code: "64008", "509", "3", ...
    QString message;         // exchange text (error message, subscribed channels, system status)
    qint64 serverTimeMs = -1;
    qint64 lastTradeId = -1; // Coinbase Exchange heartbeat
    qint64 counter = -1;     // Coinbase Advanced Trade heartbeat_counter
};

enum class ParseErrorKind : quint8 {
    None,
    TooLarge,       // frame above the size limit
    Malformed,      // not JSON, truncated, trailing bytes
    MissingField,   // a field the event needs is absent
    DuplicateField, // the same key twice in one object: ambiguous, rejected
    BadValue,       // wrong type or unparsable text (side, id, interval, number)
    BadPrice,       // NaN, infinite, zero or negative price; inconsistent OHLC
    BadSize,        // NaN, infinite, zero or negative size; negative volume
    BadTimestamp,   // before 2009, in the future, not aligned to the interval
    UnknownSymbol,  // a native symbol that maps to no BASE/QUOTE
};
constexpr int kParseErrorKindCount = 10;
QString parseErrorKindName(ParseErrorKind kind);

struct ParseError
{
    ParseErrorKind kind = ParseErrorKind::None;
    model::ExchangeId exchange = model::ExchangeId::Binance;
    quint64 frameNumber = 0;
    QString reason; // "binance frame 12: trade price '-1' is not a positive number"

    bool isError() const { return kind != ParseErrorKind::None; }
};

// The result of ExchangeAdapter::parseFrame. The adapter owns one and rewrites it for every frame, keeping
// its trade slots (and their QString ids) allocated, so parsing trade frames allocates nothing once warm.
// Copy what you need out before parsing the next frame.
class ParsedFrame
{
public:
    FrameKind kind() const { return m_kind; }
    quint64 frameNumber() const { return m_frameNumber; }
    // Coinbase Advanced Trade's per-connection sequence_num (a gap means a lost message); -1 elsewhere.
    qint64 sequence() const { return m_sequence; }
    // Recent trades re-sent on subscribe (Kraken, Coinbase): duplicates of stored ones are expected.
    bool isSnapshot() const { return m_snapshot; }
    std::span<const MarketTrade> trades() const { return {m_trades.data(), m_tradeCount}; }
    std::span<const CandleUpdate> candles() const { return {m_candles.data(), m_candleCount}; }
    const ControlEvent &control() const { return m_control; }
    const ParseError &error() const { return m_error; }
    // Why a valid frame was ignored ("event '24hrTicker'").
    const QString &ignoredWhat() const { return m_ignoredWhat; }

    // --- building, used by the adapters ---
    void reset(quint64 frameNumber);
    MarketTrade &appendTrade();
    CandleUpdate &appendCandle();
    std::span<MarketTrade> mutableTrades() { return {m_trades.data(), m_tradeCount}; }
    std::span<CandleUpdate> mutableCandles() { return {m_candles.data(), m_candleCount}; }
    ControlEvent &setControl(ControlKind kind);
    void setIgnored(const QString &what);
    void setError(ParseErrorKind kind, model::ExchangeId exchange, const QString &reason);
    void setSequence(qint64 sequence) { m_sequence = sequence; }
    void setSnapshot(bool snapshot) { m_snapshot = snapshot; }
    // Decides kind() from what was added; an error wins and hides everything else.
    void finish();

private:
    FrameKind m_kind = FrameKind::Ignored;
    quint64 m_frameNumber = 0;
    qint64 m_sequence = -1;
    bool m_snapshot = false;
    bool m_ignored = false;
    std::vector<MarketTrade> m_trades;
    size_t m_tradeCount = 0;
    std::vector<CandleUpdate> m_candles;
    size_t m_candleCount = 0;
    ControlEvent m_control;
    ParseError m_error;
    QString m_ignoredWhat;
};

} // namespace cl::market
