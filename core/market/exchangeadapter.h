#pragma once

#include "adaptertypes.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "parsedframe.h"
#include "symboltable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace cl::market {

namespace detail {
class FrameReader;
class JsonEngine;
class RestReader;

// One REST kline row as an adapter read it, before the shared checks (ExchangeAdapter::parseKlines).
struct RawKlineRow
{
    model::Candle candle;
    int confirm = -1; // the row's own closed flag where the exchange has one (OKX): 0 open, 1 closed
    int index = 0;    // 1-based position in the response, for messages
    QString problem;  // set when the row could not be read
};

// One entry of an exchange's symbol list as an adapter read it.
struct RawListing
{
    QString native;
    QString base;
    QString quote;
    bool trading = true;
};
} // namespace detail

// The protocol of one exchange's public market data (spec/feeds.md): WebSocket endpoints, subscribe frames
// within the exchange's limits, keep-alive, frame parsing into normalized trades / candles / control events,
// the candle-closed rule, REST 1m backfill requests and responses, symbol mapping and the symbol list.
//
// An adapter holds state for parsing (a reusable simdjson parser, the ParsedFrame, frame numbers, the
// interned symbols, counters), so each connection thread owns its own adapter. Nothing here throws: bad
// input becomes a ParseError (frames) or ok == false / rejected rows (REST) with a reason a person can read.
class ExchangeAdapter
{
public:
    // A frame above this is rejected unread. The largest legitimate frames (Bybit's 1024-trade batches,
    // Kraken's OHLC snapshots) stay far below 1 MB.
    static constexpr qsizetype kDefaultMaxFrameBytes = 2 * 1024 * 1024;
    static constexpr qsizetype kMaxKlineBodyBytes = 16 * 1024 * 1024;
    // Binance's exchangeInfo is tens of megabytes.
    static constexpr qsizetype kMaxSymbolListBytes = 128 * 1024 * 1024;
    // Timestamps later than the local clock plus this are rejected as "in the future". Generous because
    // a desktop clock may be off by a minute or two; a genuinely future trade is further out than this.
    static constexpr qint64 kDefaultFutureToleranceMs = 5 * 60'000;

    virtual ~ExchangeAdapter();
    ExchangeAdapter(const ExchangeAdapter &) = delete;
    ExchangeAdapter &operator=(const ExchangeAdapter &) = delete;

    model::ExchangeId exchange() const { return m_exchange; }
    // "binance", "coinbase" (Advanced Trade), "coinbase-exchange": names frames in error reasons.
    const QString &name() const { return m_name; }

    // --- connection ---
    virtual std::vector<Endpoint> endpoints() const = 0;
    // Client frames that subscribe the symbols to the endpoint's channels, batched within the exchange's
    // per-message limits. The caller spreads symbols over connections (subscribeLimits()).
    virtual std::vector<QByteArray> subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) = 0;
    virtual std::vector<QByteArray> unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) = 0;
    virtual SubscribeLimits subscribeLimits() const = 0;
    virtual KeepAlive keepAlive() const = 0;
    // The application-level ping (empty when keepAlive().ping is not TextFrame).
    virtual QByteArray pingFrame() = 0;
    virtual CandleCloseRule candleCloseRule() const = 0;

    // Exchanges that hand out a WebSocket token over REST before every connect (KuCoin).
    virtual bool needsConnectToken() const { return false; }
    virtual RestRequest connectTokenRequest() const { return {}; }
    virtual std::optional<ConnectToken> parseConnectToken(QByteArrayView body, QString *error);
    virtual QString connectUrl(const ConnectToken &token, QStringView connectId) const;

    // --- frames ---
    // Parses one server->client text frame. The result stays valid until the next call.
    const ParsedFrame &parseFrame(QByteArrayView bytes);
    const FrameStats &stats() const { return m_stats; }
    // Frame numbers count from 1 per connection: call on every (re)connect.
    void resetFrameNumbers() { m_frameNumber = 0; }
    const SymbolTable &symbols() const { return m_symbols; }
    const model::Symbol &symbolAt(int index) const { return m_symbols.at(index).symbol; }

    // --- REST backfill ---
    virtual RestLimits restLimits() const = 0;
    // One page of 1m candles for open times [fromMs, toMs] (aligned down to the minute). The request covers
    // at most restLimits().maxRowsPerRequest minutes (coveredFromMs..coveredToMs, from the start for Forward
    // paging, from the end for Backward); ask again for the rest.
    virtual RestRequest klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const = 0;
    // Parses a kline response of candles of intervalMs. A row is closed only when its interval ended
    // before closedBeforeMs (the exchange's time), the exchange did not flag it open, and it is not the
    // newest row of an exchange whose newest row is never committed (Kraken).
    KlinePage parseKlines(QByteArrayView body, qint64 intervalMs, qint64 closedBeforeMs);
    virtual RestRequest symbolListRequest() const = 0;
    SymbolList parseSymbolList(QByteArrayView body);

    // --- symbols ---
    // The exchange's spelling in WebSocket subscriptions and frames.
    virtual QString nativeSymbol(const model::Symbol &symbol) const;
    virtual std::optional<model::Symbol> symbolFromNative(QStringView native) const;
    // The spelling in REST requests (differs on Kraken: XBTUSD).
    virtual QString restSymbol(const model::Symbol &symbol) const { return nativeSymbol(symbol); }

    // --- configuration ---
    // Points REST requests elsewhere (the local replay server): "http://127.0.0.1:8080".
    void setRestBaseUrl(const QString &url) { m_restBaseUrl = url; }
    const QString &restBaseUrl() const { return m_restBaseUrl; }
    // Replaces scheme, host and port of every WebSocket endpoint; the exchange's path stays.
    void setWebSocketBaseUrl(const QString &url) { m_webSocketBaseUrl = url; }
    void setMaxFrameBytes(qsizetype bytes) { m_maxFrameBytes = bytes; }
    void setFutureToleranceMs(qint64 ms) { m_futureToleranceMs = ms; }
    void setNextRequestId(quint64 id) { m_nextRequestId = id; }

protected:
    ExchangeAdapter(model::ExchangeId exchange, QString name, QString restBaseUrl, const model::Clock &clock);

    // Non-JSON frames (OKX's literal "pong"). Returns true when it handled the bytes.
    virtual bool parseTextFrame(QByteArrayView bytes, ParsedFrame &out);
    virtual void parseJsonFrame(detail::FrameReader &reader) = 0;
    // Reads the rows of a kline body (any order); false when the body as a whole is unusable.
    virtual bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) = 0;
    virtual bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) = 0;

    QString endpointUrl(const QString &defaultUrl) const;
    quint64 takeRequestId() { return m_nextRequestId++; }
    const model::Clock &clock() const { return m_clock; }
    // Registers a symbol we subscribe to, so its frames map back exactly even when the native spelling
    // is ambiguous (concatenated BASEQUOTE).
    void registerSymbol(const model::Symbol &symbol);

    // The minutes one page asks for: [from, from + rows) for Forward paging, (to - rows, to] for Backward.
    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int rows = 0;
    };
    static Window pageWindow(qint64 fromMs, qint64 toMs, int maxRows, RestLimits::Paging paging);

private:
    friend class detail::FrameReader;

    model::ExchangeId m_exchange;
    QString m_name;
    QString m_restBaseUrl;
    QString m_webSocketBaseUrl;
    const model::Clock &m_clock;
    std::unique_ptr<detail::JsonEngine> m_frameEngine;
    std::unique_ptr<detail::JsonEngine> m_restEngine;
    ParsedFrame m_frame;
    FrameStats m_stats;
    SymbolTable m_symbols;
    quint64 m_frameNumber = 0;
    quint64 m_nextRequestId = 1;
    qsizetype m_maxFrameBytes = kDefaultMaxFrameBytes;
    qint64 m_futureToleranceMs = kDefaultFutureToleranceMs;
};

} // namespace cl::market
