#pragma once

#include "model/candle.h"
#include "model/symbol.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cl::market {

// One simulated trade. Prices are whole ticks and sizes whole lots (a power of two of the base asset), so
// a decimal string of either parses back to the same double and volume sums are exact in any order of
// summation: candles rebuilt from the streamed trades equal the REST klines bit for bit.
struct SimTrade
{
    qint64 id = 0;
    qint64 time = 0; // simulated UTC ms
    double price = 0.0;
    double size = 0.0;
    bool buyerIsMaker = false; // Binance's "m": the taker sold
};

// A 1m candle with the extra fields a Binance kline carries.
struct SimCandle
{
    model::Candle candle;
    qint64 firstId = -1; // -1 when the minute had no trade
    qint64 lastId = -1;
    int count = 0;
    double quoteVolume = 0.0;
    double takerBuyBase = 0.0;
    double takerBuyQuote = 0.0;
};

// What the market did, in per-symbol time order: a trade, a forming kline push (every klinePushMs of
// simulated time, as Binance pushes every 2 s) or the closed kline at the end of a minute.
struct SimEvent
{
    enum class Kind : quint8 { Trade, Kline };
    Kind kind = Kind::Trade;
    int symbol = 0;
    qint64 eventTime = 0;
    SimTrade trade;
    SimCandle kline;
    bool closed = false;
};

// A deterministic market: the same seed, symbols and start time give the same trades and candles.
// Regimes (trend up, trend down, range with mean reversion) switch at random; volatility clusters
// (GARCH(1,1) on 1m returns); rare jumps. Before startMs it has historyMinutes of 1m candles made
// directly from the same model, so a client can backfill; from startMs on, candles are built from
// the trades it streams, so they are the truth for tests.
class SimulatedMarket
{
public:
    struct Options
    {
        quint64 seed = 1;
        double tradesPerSecond = 5.0; // per symbol, simulated time
        int historyMinutes = 1440;
        qint64 klinePushMs = 2000;
    };

    SimulatedMarket(std::vector<model::Symbol> symbols, const Options &options, qint64 startMs);
    ~SimulatedMarket();
    SimulatedMarket(const SimulatedMarket &) = delete;
    SimulatedMarket &operator=(const SimulatedMarket &) = delete;

    using Sink = std::function<void(const SimEvent &)>;
    // Runs the market up to simulated time nowMs (inclusive); events go to sink, symbol by symbol.
    void advanceTo(qint64 nowMs, const Sink &sink);
    qint64 now() const { return m_now; }
    qint64 startMs() const { return m_start; }
    qint64 historyStartMs() const { return m_historyStart; }

    int symbolCount() const { return int(m_states.size()); }
    const model::Symbol &symbol(int index) const;
    // Index of a Binance-style native name (BTCUSDT), or -1.
    int indexOfNative(QStringView native) const;
    int priceDecimals(int index) const;

    // Closed 1m candles of a symbol, ascending (history, then the minutes built from streamed trades).
    model::CandleSeries closedCandles(int index) const;
    const std::vector<SimCandle> &closedKlines(int index) const;
    // The minute in progress at now(): flat at the last close with zero volume when it has no trade yet.
    SimCandle formingKline(int index) const;
    // Klines with Binance's /api/v3/klines semantics (startTime / endTime as open-time bounds, -1 = unset;
    // limit rows; the minute in progress included as the last row).
    std::vector<SimCandle> klines(int index, qint64 startTime, qint64 endTime, int limit) const;

private:
    struct State;
    void generateHistory(State &state);
    void closeMinute(State &state, qint64 minuteEnd, const Sink &sink);
    void startMinute(State &state, qint64 minuteOpen);
    void emitTrade(State &state, qint64 time, const Sink &sink);

    Options m_options;
    qint64 m_start = 0;
    qint64 m_historyStart = 0;
    qint64 m_now = 0;
    std::vector<std::unique_ptr<State>> m_states;
};

} // namespace cl::market
