#pragma once

#include "model/candle.h"
#include "model/symbol.h"
#include "parsedframe.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

// Plain values that describe an exchange's protocol to the connection state machine (spec/feeds.md).
namespace cl::market {

enum class Channel : quint8 { Trades, Candles1m };

// One WebSocket URL and the channels it carries (OKX serves candles only on /business).
struct Endpoint
{
    QString name; // "public", "business"
    QString url;  // empty when it comes from a connect token (KuCoin)
    std::vector<Channel> channels;
};

struct SubscribeLimits
{
    int maxTopicsPerMessage = 0;     // Bybit spot 10 args, KuCoin 100 topics per batch; 0 = no documented cap
    int maxMessageBytes = 0;         // OKX 64 KB of args; 0 = no documented cap
    int maxTopicsPerConnection = 0;  // Binance 1024 streams, KuCoin 300 topics; 0 = no documented cap
    int minMessageIntervalMs = 0;    // spacing of client frames (Binance 5 msgs/s, KuCoin 100 per 10 s)
    int subscribeDeadlineMs = 0;     // Coinbase Exchange closes a connection not subscribed within 5 s
    int maxSubscribeOpsPerHour = 0;  // OKX: 480 (un)subscribe requests per connection per hour; 0 = none
    int maxConnectsPerWindow = 0;    // connection attempts allowed per window (Binance 300 per 5 min)
    qint64 connectWindowMs = 0;
    qint64 maxConnectionLifetimeMs = 0; // Binance cuts at 24 h; reconnect before; 0 = none
};

// How the connection is kept alive. Liveness is any inbound frame; after idleBudgetMs without one the
// state machine reconnects.
struct KeepAlive
{
    enum class Ping : quint8 {
        None,          // the exchange keeps the connection busy by itself (Coinbase heartbeats channel)
        WebSocketPing, // a WebSocket PING control frame (Binance answers with PONG)
        TextFrame,     // ExchangeAdapter::pingFrame() as a text frame
    };
    Ping ping = Ping::None;
    int pingIntervalMs = 0;
    bool pingOnlyWhenIdle = false; // OKX: only when idle; Bybit, KuCoin: periodically
    int idleBudgetMs = 0;
};

// When a candle counts as closed. With exchangeFlag the exchange says so (Binance x, Bybit confirm, OKX
// confirm). Without it (Kraken, KuCoin, Coinbase) a candle is closed once an update for a later interval
// arrives, or once the exchange's own clock (message timestamps) passes the interval's end plus graceMs;
// the flagged exchanges use the same time rule as a fallback when a flagged update never arrives.
struct CandleCloseRule
{
    bool exchangeFlag = false;
    bool streamsCandles = true; // false: 1m candles only from trades + REST (Coinbase: 5-minute WS candles)
    qint64 graceMs = 0;

    bool closedByNext(qint64 openTime, qint64 intervalMs, qint64 laterOpenTime) const
    {
        return laterOpenTime >= openTime + intervalMs;
    }
    bool closedByTime(qint64 openTime, qint64 intervalMs, qint64 exchangeNowMs) const
    {
        return exchangeNowMs >= openTime + intervalMs + graceMs;
    }
};

struct RestRequest
{
    QByteArray method = "GET";
    QString url;
    QByteArray body;
    int weight = 1;          // cost against RestLimits::weightBudget
    qint64 coveredFromMs = 0; // 1m open times this request asks for (inclusive)
    qint64 coveredToMs = 0;

    bool isNull() const { return url.isEmpty(); }
};

struct RestLimits
{
    enum class Paging : quint8 {
        Forward,  // each page starts after the previous one's last minute
        Backward, // cursor from the newest minute back (OKX history-candles `after`)
    };
    int maxRowsPerRequest = 0;
    int weightPerRequest = 1;
    int weightBudget = 0;      // per budgetWindowMs per IP
    qint64 budgetWindowMs = 0;
    bool newestFirst = false;  // row order of the response
    Paging paging = Paging::Forward;
    int historyRows = 0;       // only the most recent N rows exist (Kraken 720); 0 = deep history
    bool lastRowAlwaysOpen = false; // the newest row is never committed (Kraken)
};

// A parsed REST kline response, always ascending by open time with unique open times.
struct KlinePage
{
    bool ok = false;      // false: the body as a whole is unusable (error says why)
    QString error;
    model::CandleSeries closed;  // final candles, safe to store
    model::CandleSeries forming; // the in-progress minute (and unconfirmed rows): never store as closed
    int rejectedRows = 0;
    QStringList rejectReasons; // the first few, for the log
    QString pairKey;           // Kraken's result key (legacy "XXBTZUSD")
    qint64 nextSince = -1;     // Kraken's `last` cursor
};

struct ListedSymbol
{
    model::Symbol symbol;
    QString native;
    bool trading = true;
};

struct SymbolList
{
    bool ok = false;
    QString error;
    std::vector<ListedSymbol> symbols;
    int skipped = 0; // entries whose names do not form a valid BASE/QUOTE
};

// KuCoin's bullet-public answer: a token and the server to use it with.
struct ConnectToken
{
    QString token;
    QString endpoint; // "wss://ws-api-spot.kucoin.com/"
    int pingIntervalMs = 0;
    int pingTimeoutMs = 0;
};

struct FrameStats
{
    quint64 frames = 0;
    quint64 trades = 0;
    quint64 candles = 0;
    quint64 controls = 0;
    quint64 ignored = 0;
    quint64 errors = 0;
    std::array<quint64, kParseErrorKindCount> errorsByKind{};
};

} // namespace cl::market
