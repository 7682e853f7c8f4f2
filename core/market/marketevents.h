#pragma once

#include "model/candle.h"
#include "parsedframe.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"
#include "model/trade.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <vector>

// The values the live market-data pipeline hands to its consumers (GUI, alerts, paper trading) through
// queued signals. Plain values only: they cross threads (DESIGN.md, Threads and data flow).
namespace cl::market {

// Where one exchange connection is in its life (spec/feeds.md, connection state machine).
enum class FeedState : quint8 {
    Stopped,     // not wanted (no symbol of this exchange on the watchlist)
    Connecting,  // TCP/TLS/WebSocket handshake, or fetching a connect token (KuCoin)
    Subscribing, // connected, subscribe frames sent, waiting for the acknowledgements
    Live,        // receiving market data
    Draining,    // closing on purpose (planned reconnect, stop)
    Backoff,     // waiting before the next reconnect attempt
};

QString feedStateName(FeedState state); // "live", "backoff", ... for the CLI and logs

// One exchange's health, published about once a second and on every state change.
struct FeedStatus
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    FeedState state = FeedState::Stopped;
    qint64 lastMessageAgeMs = -1; // -1: nothing received yet on this connection
    int reconnects = 0;           // since the feed started
    double messagesPerSecond = 0.0;
    int symbols = 0;
    QString detail; // the last error or the reason of the last reconnect, for a tooltip
};

// A trade batch of one symbol as it arrived (one frame or a few); the consumers that need every trade
// (paper trading fills, alerts) use these.
struct SymbolTrades
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    model::TradeBatch trades;
};

// 1m candle updates the exchange itself streamed (kline channels). Where the exchange flags a candle as
// closed, that candle is the authority for the minute (spec/feeds.md); unflagged updates close by the
// CandleCloseRule.
struct ExchangeCandles
{
    struct Update
    {
        model::Candle candle;
        CandleState state = CandleState::Unflagged;
        qint64 eventTimeMs = -1; // the exchange's time of the update, -1 when it sends none
    };
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    std::vector<Update> updates;
};

// The forming (not yet closed) 1m candle of a symbol, throttled for the GUI.
struct FormingCandle
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    model::Candle candle;
};

// Candles that closed (1m and every higher timeframe they completed); emitted after the StorageWriter
// committed them, so a reader that reacts to this finds them in the database.
struct ClosedCandles
{
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    model::Timeframe timeframe = model::Timeframe::M1;
    std::vector<model::Candle> candles;
};

} // namespace cl::market

Q_DECLARE_METATYPE(cl::market::FeedStatus)
Q_DECLARE_METATYPE(cl::market::SymbolTrades)
Q_DECLARE_METATYPE(cl::market::FormingCandle)
Q_DECLARE_METATYPE(cl::market::ExchangeCandles)
Q_DECLARE_METATYPE(cl::market::ClosedCandles)
