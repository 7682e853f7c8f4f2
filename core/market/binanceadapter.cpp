#include "binanceadapter.h"

#include "feedvalues.h"
#include "framereader.h"
#include "restreader.h"

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

// Bits of the keys seen in one event, for the duplicate-key check.
enum Key { kE, kEventTime, kSymbol, kTradeId, kAggId, kFirst, kLast, kPrice, kQty, kTime, kMaker, kKline,
           kResult, kId, kCode, kMsg, kData };
enum KlineKey { kOpenTime, kCloseTime, kKSymbol, kInterval, kOpen, kClose, kHigh, kLow, kVolume, kCount, kClosed };

struct Kline
{
    quint64 seen = 0;
    qint64 openTime = 0;
    qint64 closeTime = 0;
    qint64 count = -1;
    bool closed = false;
    std::string_view symbol, interval, open, close, high, low, volume;
};

struct Event
{
    quint64 seen = 0;
    std::string_view type, symbol, price, qty, id, msg;
    qint64 eventTime = -1, tradeId = -1, aggId = -1, first = -1, last = -1, time = -1, code = 0;
    bool maker = false;
    bool resultNull = true;
    QStringList resultItems;
    Kline kline;

    bool has(int bit) const { return seen & (quint64(1) << bit); }
};

bool has(quint64 seen, int bit)
{
    return seen & (quint64(1) << bit);
}

bool readKline(detail::FrameReader &r, object &obj, Kline &k)
{
    for (auto item : obj) {
        detail::od::field field;
        if (!r.field(std::move(item), field))
            return false;
        const std::string_view key = detail::keyOf(field);
        value &v = field.value();
        if (key.size() != 1)
            continue;
        bool ok = true;
        switch (key[0]) {
        case 't': ok = r.once(k.seen, kOpenTime, key) && r.integer(v, key, k.openTime); break;
        case 'T': ok = r.once(k.seen, kCloseTime, key) && r.integer(v, key, k.closeTime); break;
        case 's': ok = r.once(k.seen, kKSymbol, key) && r.plainString(v, key, k.symbol); break;
        case 'i': ok = r.once(k.seen, kInterval, key) && r.plainString(v, key, k.interval); break;
        case 'o': ok = r.once(k.seen, kOpen, key) && r.plainString(v, key, k.open); break;
        case 'c': ok = r.once(k.seen, kClose, key) && r.plainString(v, key, k.close); break;
        case 'h': ok = r.once(k.seen, kHigh, key) && r.plainString(v, key, k.high); break;
        case 'l': ok = r.once(k.seen, kLow, key) && r.plainString(v, key, k.low); break;
        case 'v': ok = r.once(k.seen, kVolume, key) && r.plainString(v, key, k.volume); break;
        case 'n': ok = r.once(k.seen, kCount, key) && r.integer(v, key, k.count); break;
        case 'x': ok = r.once(k.seen, kClosed, key) && r.boolean(v, key, k.closed); break;
        default: break; // f, L, q, V, Q, B: not needed
        }
        if (!ok)
            return false;
    }
    return true;
}

bool readResult(detail::FrameReader &r, value &v, Event &ev)
{
    if (r.isNull(v))
        return true;
    ev.resultNull = false;
    detail::od::array items;
    if (!r.array(v, "result", items))
        return false;
    for (auto item : items) {
        value element;
        std::string_view text;
        if (!r.element(std::move(item), element) || !r.scalarText(element, "result", text))
            return false;
        ev.resultItems.append(r.latin1(text));
    }
    return true;
}

bool readEvent(detail::FrameReader &r, object &obj, Event &ev, bool nested)
{
    for (auto item : obj) {
        detail::od::field field;
        if (!r.field(std::move(item), field))
            return false;
        const std::string_view key = detail::keyOf(field);
        value &v = field.value();
        bool ok = true;
        if (key.size() == 1) {
            switch (key[0]) {
            case 'e': ok = r.once(ev.seen, kE, key) && r.plainString(v, key, ev.type); break;
            case 'E': ok = r.once(ev.seen, kEventTime, key) && r.integer(v, key, ev.eventTime); break;
            case 's': ok = r.once(ev.seen, kSymbol, key) && r.plainString(v, key, ev.symbol); break;
            case 't': ok = r.once(ev.seen, kTradeId, key) && r.integer(v, key, ev.tradeId); break;
            case 'a': ok = r.once(ev.seen, kAggId, key) && r.integer(v, key, ev.aggId); break;
            case 'f': ok = r.once(ev.seen, kFirst, key) && r.integer(v, key, ev.first); break;
            case 'l': ok = r.once(ev.seen, kLast, key) && r.integer(v, key, ev.last); break;
            case 'p': ok = r.once(ev.seen, kPrice, key) && r.plainString(v, key, ev.price); break;
            case 'q': ok = r.once(ev.seen, kQty, key) && r.plainString(v, key, ev.qty); break;
            case 'T': ok = r.once(ev.seen, kTime, key) && r.integer(v, key, ev.time); break;
            case 'm': ok = r.once(ev.seen, kMaker, key) && r.boolean(v, key, ev.maker); break;
            case 'k': {
                object kline;
                ok = r.once(ev.seen, kKline, key) && r.object(v, key, kline) && readKline(r, kline, ev.kline);
                break;
            }
            default: break; // M (ignore) and fields of events we do not use
            }
        } else if (key == "result") {
            ok = r.once(ev.seen, kResult, key) && readResult(r, v, ev);
        } else if (key == "id") {
            ok = r.once(ev.seen, kId, key) && r.scalarText(v, key, ev.id);
        } else if (key == "code") {
            ok = r.once(ev.seen, kCode, key) && r.integer(v, key, ev.code);
        } else if (key == "msg") {
            ok = r.once(ev.seen, kMsg, key) && r.text(v, key, ev.msg);
        } else if (key == "data" && !nested) {
            // Combined streams wrap the event: {"stream":"btcusdt@trade","data":{...}}.
            object inner;
            ok = r.once(ev.seen, kData, key) && r.object(v, key, inner) && readEvent(r, inner, ev, true);
        }
        if (!ok)
            return false;
    }
    return true;
}

bool require(detail::FrameReader &r, quint64 seen, std::initializer_list<std::pair<int, const char *>> fields)
{
    for (const auto &[bit, what] : fields) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    return true;
}

void emitTrade(detail::FrameReader &r, const Event &ev, bool aggregate)
{
    const bool complete = aggregate
        ? require(r, ev.seen, {{kSymbol, "trade symbol 's'"}, {kAggId, "aggregate id 'a'"}, {kFirst, "first id 'f'"},
                               {kLast, "last id 'l'"}, {kPrice, "price 'p'"}, {kQty, "quantity 'q'"},
                               {kTime, "trade time 'T'"}, {kMaker, "maker flag 'm'"}})
        : require(r, ev.seen, {{kSymbol, "trade symbol 's'"}, {kTradeId, "trade id 't'"}, {kPrice, "price 'p'"},
                               {kQty, "quantity 'q'"}, {kTime, "trade time 'T'"}, {kMaker, "maker flag 'm'"}});
    if (!complete)
        return;
    MarketTrade &t = r.out().appendTrade();
    t.symbol = r.symbol(ev.symbol);
    if (t.symbol < 0 || !r.tradeId(t, aggregate ? ev.aggId : ev.tradeId)
        || !r.price(ev.price, "trade price", t.trade.price) || !r.quantity(ev.qty, "trade quantity", t.trade.size)
        || !r.time(ev.time, "trade time"))
        return;
    t.trade.timestamp = ev.time;
    // m = "buyer is the maker": the taker sold.
    t.trade.side = ev.maker ? model::TakerSide::Sell : model::TakerSide::Buy;
    t.firstId = aggregate ? ev.first : ev.tradeId;
    t.lastId = aggregate ? ev.last : ev.tradeId;
    if (aggregate && (ev.first < 0 || ev.last < ev.first))
        r.fail(ParseErrorKind::BadValue, QStringLiteral("aggregate trade ids %1..%2 are not a range").arg(ev.first).arg(ev.last));
}

void emitKline(detail::FrameReader &r, const Event &ev)
{
    const Kline &k = ev.kline;
    if (!require(r, k.seen, {{kOpenTime, "kline open time 'k.t'"}, {kCloseTime, "kline close time 'k.T'"},
                             {kInterval, "kline interval 'k.i'"}, {kOpen, "kline open 'k.o'"}, {kHigh, "kline high 'k.h'"},
                             {kLow, "kline low 'k.l'"}, {kClose, "kline close 'k.c'"}, {kVolume, "kline volume 'k.v'"},
                             {kClosed, "kline closed flag 'k.x'"}}))
        return;
    const std::optional<qint64> interval = BinanceAdapter::intervalMs(k.interval);
    if (!interval) {
        r.ignore(std::string_view("kline interval without a fixed length"));
        return;
    }
    const std::string_view native = has(k.seen, kKSymbol) ? k.symbol : ev.symbol;
    if (native.empty()) {
        r.missing("kline symbol 's'");
        return;
    }
    CandleUpdate &c = r.out().appendCandle();
    c.symbol = r.symbol(native);
    c.intervalMs = *interval;
    c.candle.openTime = k.openTime;
    c.state = k.closed ? CandleState::Closed : CandleState::Forming;
    c.eventTimeMs = ev.eventTime;
    c.tradeCount = k.count;
    if (c.symbol < 0 || !r.price(k.open, "kline open", c.candle.open) || !r.price(k.high, "kline high", c.candle.high)
        || !r.price(k.low, "kline low", c.candle.low) || !r.price(k.close, "kline close", c.candle.close)
        || !r.volume(k.volume, "kline volume", c.candle.volume) || !r.candle(c))
        return;
    if (k.closeTime != k.openTime + *interval - 1)
        r.fail(ParseErrorKind::BadTimestamp, QStringLiteral("kline close time %1 does not end the interval opened at %2")
                                                 .arg(k.closeTime)
                                                 .arg(k.openTime));
}

} // namespace

BinanceAdapter::BinanceAdapter(const model::Clock &clock)
    : BinanceAdapter(clock, model::ExchangeId::Binance, QStringLiteral("binance"), QStringLiteral("https://api.binance.com"))
{
}

BinanceAdapter::BinanceAdapter(const model::Clock &clock, model::ExchangeId exchange, QString name, QString restBaseUrl)
    : ExchangeAdapter(exchange, std::move(name), std::move(restBaseUrl), clock)
{
}

std::unique_ptr<BinanceAdapter> BinanceAdapter::simulated(const model::Clock &clock)
{
    return std::unique_ptr<BinanceAdapter>(
        new BinanceAdapter(clock, model::ExchangeId::Sim, QStringLiteral("sim"), QStringLiteral("http://127.0.0.1")));
}

std::optional<qint64> BinanceAdapter::intervalMs(std::string_view code)
{
    if (code.size() < 2)
        return std::nullopt;
    const std::optional<qint64> count = parseInteger(code.substr(0, code.size() - 1));
    if (!count || *count <= 0)
        return std::nullopt;
    switch (code.back()) {
    case 's': return *count * 1000;
    case 'm': return *count * kMinuteMs;
    case 'h': return *count * 60 * kMinuteMs;
    case 'd': return *count * kDayMs;
    case 'w': return *count * 7 * kDayMs;
    default: return std::nullopt; // 'M': calendar months
    }
}

std::vector<Endpoint> BinanceAdapter::endpoints() const
{
    return {{QStringLiteral("stream"), endpointUrl(QStringLiteral("wss://stream.binance.com:9443/ws")),
             {Channel::Trades, Channel::Candles1m}}};
}

QString BinanceAdapter::streamName(const model::Symbol &symbol, Channel channel) const
{
    const QString base = nativeSymbol(symbol).toLower();
    return channel == Channel::Trades ? QString(base + QStringLiteral("@trade")) : QString(base + QStringLiteral("@kline_1m"));
}

std::vector<QByteArray> BinanceAdapter::commandFrames(const char *method, const Endpoint &endpoint,
                                                      std::span<const model::Symbol> symbols)
{
    QStringList streams;
    for (const model::Symbol &symbol : symbols) {
        registerSymbol(symbol);
        for (Channel channel : endpoint.channels)
            streams.append(streamName(symbol, channel));
    }
    // Every client message counts against 5 messages/s, so as few as possible: one per connection's worth.
    std::vector<QByteArray> frames;
    for (qsizetype start = 0; start < streams.size(); start += kMaxStreamsPerConnection) {
        const QStringList batch = streams.mid(start, kMaxStreamsPerConnection);
        frames.push_back(QByteArray("{\"method\":\"") + method + "\",\"params\":[\""
                         + batch.join(QStringLiteral("\",\"")).toLatin1() + "\"],\"id\":"
                         + QByteArray::number(takeRequestId()) + '}');
    }
    return frames;
}

std::vector<QByteArray> BinanceAdapter::subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols)
{
    return commandFrames("SUBSCRIBE", endpoint, symbols);
}

std::vector<QByteArray> BinanceAdapter::unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols)
{
    return commandFrames("UNSUBSCRIBE", endpoint, symbols);
}

SubscribeLimits BinanceAdapter::subscribeLimits() const
{
    SubscribeLimits limits;
    limits.maxTopicsPerMessage = kMaxStreamsPerConnection;
    limits.maxTopicsPerConnection = kMaxStreamsPerConnection;
    limits.minMessageIntervalMs = 250; // 5 incoming messages/s including pings and pongs: stay at 4
    limits.maxConnectsPerWindow = 300;
    limits.connectWindowMs = 5 * kMinuteMs;
    limits.maxConnectionLifetimeMs = kDayMs;
    return limits;
}

KeepAlive BinanceAdapter::keepAlive() const
{
    // The server pings every 20 s, but QWebSocket answers those silently, so the client's own WebSocket
    // ping after 20 s of silence is what proves the connection alive; the server expects life within 1 min.
    return {KeepAlive::Ping::WebSocketPing, 20'000, true, 60'000};
}

CandleCloseRule BinanceAdapter::candleCloseRule() const
{
    // k.x marks the final kline; klines are pushed every 2 s, so 5 s past the minute without it means lost.
    return {true, true, 5'000};
}

RestLimits BinanceAdapter::restLimits() const
{
    RestLimits limits;
    limits.maxRowsPerRequest = kKlineLimit;
    limits.weightPerRequest = 2;
    limits.weightBudget = 6000;
    limits.budgetWindowMs = kMinuteMs;
    limits.newestFirst = false;
    limits.paging = RestLimits::Paging::Forward;
    return limits;
}

RestRequest BinanceAdapter::klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const
{
    const Window window = pageWindow(fromMs, toMs, kKlineLimit, RestLimits::Paging::Forward);
    RestRequest request;
    if (window.rows == 0)
        return request;
    // endTime is the last wanted candle's close time, which selects the same rows whether Binance
    // compares it with open or with close times.
    request.url = QStringLiteral("%1/api/v3/klines?symbol=%2&interval=1m&startTime=%3&endTime=%4&limit=%5")
                      .arg(restBaseUrl(), restSymbol(symbol))
                      .arg(window.fromMs)
                      .arg(window.toMs + kMinuteMs - 1)
                      .arg(window.rows);
    request.weight = 2;
    request.coveredFromMs = window.fromMs;
    request.coveredToMs = window.toMs;
    return request;
}

RestRequest BinanceAdapter::symbolListRequest() const
{
    RestRequest request;
    request.url = QStringLiteral("%1/api/v3/exchangeInfo?permissions=SPOT").arg(restBaseUrl());
    request.weight = 20;
    return request;
}

void BinanceAdapter::parseJsonFrame(detail::FrameReader &r)
{
    object root;
    Event ev;
    if (!r.rootObject(root) || !readEvent(r, root, ev, false))
        return;
    if (ev.has(kE)) {
        if (ev.type == "trade") {
            emitTrade(r, ev, false);
        } else if (ev.type == "aggTrade") {
            emitTrade(r, ev, true);
        } else if (ev.type == "kline") {
            if (!ev.has(kKline))
                r.missing("kline object 'k'");
            else
                emitKline(r, ev);
        } else if (ev.type == "serverShutdown") {
            ControlEvent &control = r.out().setControl(ControlKind::ReconnectNotice);
            control.message = QStringLiteral("serverShutdown");
            control.serverTimeMs = ev.eventTime;
        } else {
            r.ignore(ev.type);
        }
    } else if (ev.has(kResult)) {
        ControlEvent &control = r.out().setControl(ControlKind::Ack);
        control.requestId = r.latin1(ev.id);
        control.message = ev.resultItems.join(QLatin1Char(','));
    } else if (ev.has(kCode)) {
        ControlEvent &control = r.out().setControl(ControlKind::ExchangeError);
        control.requestId = r.latin1(ev.id);
        control.code = QString::number(ev.code);
        control.message = r.latin1(ev.msg);
    } else {
        r.ignore("message without an event type");
    }
}

bool BinanceAdapter::readKlines(detail::RestReader &r, std::vector<detail::RawKlineRow> &rows, KlinePage &)
{
    detail::od::json_type type;
    if (r.document().type().get(type) != simdjson::SUCCESS)
        return r.malformed(simdjson::TAPE_ERROR);
    if (type == detail::od::json_type::object) {
        // {"code":-1121,"msg":"Invalid symbol."}
        object root;
        qint64 code = 0;
        std::string_view msg;
        if (!r.rootObject(root))
            return false;
        for (auto item : root) {
            detail::od::field field;
            if (!r.field(std::move(item), field))
                return false;
            const std::string_view key = detail::keyOf(field);
            if ((key == "code" && !r.integer(field.value(), key, code)) || (key == "msg" && !r.text(field.value(), key, msg)))
                return false;
        }
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("error %1: %2").arg(code).arg(r.utf8(msg)));
    }
    detail::od::array list;
    if (!r.rootArray(list))
        return false;
    int index = 0;
    for (auto item : list) {
        value row;
        if (!r.element(std::move(item), row))
            return false;
        detail::RawKlineRow raw;
        raw.index = ++index;
        r.beginRow(raw.index);
        // [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBase, takerQuote, ignore]
        std::string_view f[6];
        const int count = r.scalarRow(row, f, 6);
        if (count >= 0 && count < 6)
            r.fail(ParseErrorKind::MissingField, QStringLiteral("%1 fields, expected 12").arg(count));
        else if (count >= 6)
            r.candleFromText(raw.candle, f[0], 1, f[1], f[2], f[3], f[4], f[5]);
        raw.problem = r.endRow();
        if (r.bodyFailed())
            return false;
        rows.push_back(std::move(raw));
    }
    return true;
}

bool BinanceAdapter::readSymbolList(detail::RestReader &r, std::vector<detail::RawListing> &listings)
{
    object root;
    if (!r.rootObject(root))
        return false;
    for (auto item : root) {
        detail::od::field field;
        if (!r.field(std::move(item), field))
            return false;
        if (detail::keyOf(field) != "symbols")
            continue;
        detail::od::array symbols;
        if (!r.array(field.value(), "symbols", symbols))
            return false;
        for (auto entry : symbols) {
            value element;
            object obj;
            if (!r.element(std::move(entry), element) || !r.object(element, "symbols[]", obj))
                return false;
            detail::RawListing listing;
            for (auto member : obj) {
                detail::od::field f;
                if (!r.field(std::move(member), f))
                    return false;
                const std::string_view key = detail::keyOf(f);
                std::string_view text;
                if (key == "symbol" || key == "status" || key == "baseAsset" || key == "quoteAsset") {
                    if (!r.text(f.value(), key, text))
                        return false;
                    const QString s = r.utf8(text);
                    if (key == "symbol")
                        listing.native = s;
                    else if (key == "status")
                        listing.trading = s == QLatin1String("TRADING");
                    else if (key == "baseAsset")
                        listing.base = s;
                    else
                        listing.quote = s;
                }
            }
            listings.push_back(std::move(listing));
        }
    }
    return true;
}

} // namespace cl::market
