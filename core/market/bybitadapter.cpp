#include "bybitadapter.h"

#include "feedvalues.h"
#include "framereader.h"
#include "restenvelope.h"
#include "restreader.h"

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

enum TopKey { kTopic, kData, kTs, kSuccess, kRetMsg, kOp, kReqId, kType };
enum TradeKey { kTime, kSym, kSide, kSize, kPrice, kId };
enum KlineKey { kStart, kEnd, kOpen, kClose, kHigh, kLow, kVolume, kConfirm, kStamp };

bool has(quint64 seen, int bit)
{
    return seen & (quint64(1) << bit);
}

bool readTrade(detail::FrameReader &r, object &obj)
{
    quint64 seen = 0;
    qint64 time = 0;
    std::string_view symbol, side, size, price, id;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "T")
            return r.once(seen, kTime, key) && r.integer(v, key, time);
        if (key == "s")
            return r.once(seen, kSym, key) && r.plainString(v, key, symbol);
        if (key == "S")
            return r.once(seen, kSide, key) && r.plainString(v, key, side);
        if (key == "v")
            return r.once(seen, kSize, key) && r.plainString(v, key, size);
        if (key == "p")
            return r.once(seen, kPrice, key) && r.plainString(v, key, price);
        if (key == "i")
            return r.once(seen, kId, key) && r.plainString(v, key, id);
        return true; // BT, RPI, seq, L
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {{kTime, "trade time 'T'"}, {kSym, "trade symbol 's'"},
                                                                 {kSide, "taker side 'S'"}, {kSize, "trade size 'v'"},
                                                                 {kPrice, "trade price 'p'"}, {kId, "trade id 'i'"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    MarketTrade &t = r.out().appendTrade();
    t.symbol = r.symbol(symbol);
    if (t.symbol < 0 || !r.tradeId(t, id, false) || !r.price(price, "trade price", t.trade.price)
        || !r.quantity(size, "trade size", t.trade.size) || !r.time(time, "trade time"))
        return false;
    t.trade.timestamp = time;
    // S is the taker's side; spot ids are numeric strings beyond 2^53 (kept as text), not contiguous.
    if (side == "Buy")
        t.trade.side = model::TakerSide::Buy;
    else if (side == "Sell")
        t.trade.side = model::TakerSide::Sell;
    else
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("taker side '%1' is neither Buy nor Sell").arg(excerpt(side)));
    return true;
}

bool readKline(detail::FrameReader &r, object &obj, int symbol, qint64 intervalMs, qint64 frameTime)
{
    quint64 seen = 0;
    qint64 start = 0, end = 0, stamp = -1;
    bool confirm = false;
    std::string_view open, close, high, low, volume;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "start")
            return r.once(seen, kStart, key) && r.integer(v, key, start);
        if (key == "end")
            return r.once(seen, kEnd, key) && r.integer(v, key, end);
        if (key == "open")
            return r.once(seen, kOpen, key) && r.plainString(v, key, open);
        if (key == "close")
            return r.once(seen, kClose, key) && r.plainString(v, key, close);
        if (key == "high")
            return r.once(seen, kHigh, key) && r.plainString(v, key, high);
        if (key == "low")
            return r.once(seen, kLow, key) && r.plainString(v, key, low);
        if (key == "volume")
            return r.once(seen, kVolume, key) && r.plainString(v, key, volume);
        if (key == "confirm")
            return r.once(seen, kConfirm, key) && r.boolean(v, key, confirm);
        if (key == "timestamp")
            return r.once(seen, kStamp, key) && r.integer(v, key, stamp);
        return true; // interval, turnover
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {
        {kStart, "kline start"}, {kEnd, "kline end"},       {kOpen, "kline open"},      {kClose, "kline close"},
        {kHigh, "kline high"},   {kLow, "kline low"},       {kVolume, "kline volume"}, {kConfirm, "kline confirm"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    CandleUpdate &c = r.out().appendCandle();
    c.symbol = symbol;
    c.intervalMs = intervalMs;
    c.candle.openTime = start;
    c.state = confirm ? CandleState::Closed : CandleState::Forming;
    c.eventTimeMs = stamp >= 0 ? stamp : frameTime;
    if (!r.price(open, "kline open", c.candle.open) || !r.price(high, "kline high", c.candle.high)
        || !r.price(low, "kline low", c.candle.low) || !r.price(close, "kline close", c.candle.close)
        || !r.volume(volume, "kline volume", c.candle.volume) || !r.candle(c))
        return false;
    if (end != start + intervalMs - 1)
        return r.fail(ParseErrorKind::BadTimestamp,
                      QStringLiteral("kline end %1 does not end the interval started at %2").arg(end).arg(start));
    return true;
}

} // namespace

BybitAdapter::BybitAdapter(const model::Clock &clock)
    : ExchangeAdapter(model::ExchangeId::Bybit, QStringLiteral("bybit"), QStringLiteral("https://api.bybit.com"), clock)
{
}

std::optional<qint64> BybitAdapter::intervalMs(std::string_view code)
{
    if (code == "D")
        return kDayMs;
    if (code == "W")
        return 7 * kDayMs;
    const std::optional<qint64> minutes = parseInteger(code);
    if (!minutes || *minutes <= 0 || *minutes > 720)
        return std::nullopt;
    return *minutes * kMinuteMs;
}

std::vector<Endpoint> BybitAdapter::endpoints() const
{
    return {{QStringLiteral("public-spot"), endpointUrl(QStringLiteral("wss://stream.bybit.com/v5/public/spot")),
             {Channel::Trades, Channel::Candles1m}}};
}

std::vector<QByteArray> BybitAdapter::commandFrames(const char *op, const Endpoint &endpoint,
                                                    std::span<const model::Symbol> symbols)
{
    QList<QByteArray> args;
    for (const model::Symbol &symbol : symbols) {
        registerSymbol(symbol);
        const QByteArray native = nativeSymbol(symbol).toLatin1();
        for (Channel channel : endpoint.channels)
            args.append(QByteArray(channel == Channel::Trades ? "publicTrade." : "kline.1.") + native);
    }
    // Spot rejects more than 10 args in one request ("args size >10"), resubscribes included.
    std::vector<QByteArray> frames;
    for (qsizetype start = 0; start < args.size(); start += kMaxArgsPerSubscribe) {
        const QList<QByteArray> batch = args.mid(start, kMaxArgsPerSubscribe);
        frames.push_back("{\"req_id\":\"" + QByteArray::number(takeRequestId()) + "\",\"op\":\"" + op + "\",\"args\":[\""
                         + batch.join("\",\"") + "\"]}");
    }
    return frames;
}

std::vector<QByteArray> BybitAdapter::subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols)
{
    return commandFrames("subscribe", endpoint, symbols);
}

std::vector<QByteArray> BybitAdapter::unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols)
{
    return commandFrames("unsubscribe", endpoint, symbols);
}

SubscribeLimits BybitAdapter::subscribeLimits() const
{
    SubscribeLimits limits;
    limits.maxTopicsPerMessage = kMaxArgsPerSubscribe;
    limits.maxMessageBytes = 21'000; // args of one request
    limits.maxConnectsPerWindow = 500;
    limits.connectWindowMs = 5 * kMinuteMs;
    return limits;
}

KeepAlive BybitAdapter::keepAlive() const
{
    // Bybit advises a ping every 20 s (it cuts after 10 min without); two unanswered periods mean dead.
    return {KeepAlive::Ping::TextFrame, 20'000, false, 40'000};
}

QByteArray BybitAdapter::pingFrame()
{
    return "{\"req_id\":\"" + QByteArray::number(takeRequestId()) + "\",\"op\":\"ping\"}";
}

CandleCloseRule BybitAdapter::candleCloseRule() const
{
    // confirm:true marks the final kline; pushes come every 1-60 s, so the time fallback is generous.
    return {true, true, 10'000};
}

RestLimits BybitAdapter::restLimits() const
{
    RestLimits limits;
    limits.maxRowsPerRequest = kKlineLimit;
    limits.weightPerRequest = 1;
    limits.weightBudget = 600;
    limits.budgetWindowMs = 5'000;
    limits.newestFirst = true;
    limits.paging = RestLimits::Paging::Forward;
    return limits;
}

RestRequest BybitAdapter::klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const
{
    // start and end both select by candle start time, inclusive; a window of at most 1000 minutes fits
    // one page whatever order the rows come in.
    const Window window = pageWindow(fromMs, toMs, kKlineLimit, RestLimits::Paging::Forward);
    RestRequest request;
    if (window.rows == 0)
        return request;
    request.url = QStringLiteral("%1/v5/market/kline?category=spot&symbol=%2&interval=1&start=%3&end=%4&limit=%5")
                      .arg(restBaseUrl(), restSymbol(symbol))
                      .arg(window.fromMs)
                      .arg(window.toMs)
                      .arg(window.rows);
    request.coveredFromMs = window.fromMs;
    request.coveredToMs = window.toMs;
    return request;
}

RestRequest BybitAdapter::symbolListRequest() const
{
    RestRequest request;
    request.url = QStringLiteral("%1/v5/market/instruments-info?category=spot").arg(restBaseUrl());
    return request;
}

void BybitAdapter::parseJsonFrame(detail::FrameReader &r)
{
    object root;
    std::string_view topic;
    bool hasTopic = false;
    if (!r.rootObject(root) || !r.peekString(root, "topic", topic, hasTopic))
        return;
    const bool trades = hasTopic && topic.starts_with("publicTrade.");
    bool klines = false;
    int klineSymbol = -1;
    qint64 klineInterval = 0;
    if (hasTopic && topic.starts_with("kline.")) {
        // kline.{interval}.{symbol}; month candles have no fixed length and stay ignored
        const std::string_view rest = topic.substr(6);
        const size_t dot = rest.find('.');
        const std::optional<qint64> interval = dot == std::string_view::npos ? std::nullopt : intervalMs(rest.substr(0, dot));
        if (interval) {
            klines = true;
            klineInterval = *interval;
            klineSymbol = r.symbol(rest.substr(dot + 1));
            if (klineSymbol < 0)
                return;
        }
    }

    quint64 seen = 0;
    qint64 ts = -1;
    bool success = false;
    std::string_view retMsg, op, reqId, ignored;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "topic")
            return r.once(seen, kTopic, key);
        if (key == "data") {
            if (!r.once(seen, kData, key))
                return false;
            if (trades)
                return r.forEachObject(v, key, [&](object &obj) { return readTrade(r, obj); });
            if (klines)
                return r.forEachObject(v, key, [&](object &obj) { return readKline(r, obj, klineSymbol, klineInterval, ts); });
            return true;
        }
        if (key == "ts")
            return r.once(seen, kTs, key) && r.integer(v, key, ts);
        if (key == "success")
            return r.once(seen, kSuccess, key) && r.boolean(v, key, success);
        if (key == "ret_msg")
            return r.once(seen, kRetMsg, key) && r.text(v, key, retMsg);
        if (key == "op")
            return r.once(seen, kOp, key) && r.plainString(v, key, op);
        if (key == "req_id")
            return r.once(seen, kReqId, key) && r.scalarText(v, key, reqId);
        if (key == "type")
            return r.once(seen, kType, key) && r.text(v, key, ignored);
        return true;
    });
    if (!read)
        return;
    if (trades || klines) {
        if (!has(seen, kData))
            r.missing("'data'");
        else if (r.out().trades().empty() && r.out().candles().empty())
            r.ignore("empty data");
        return;
    }
    if (hasTopic) {
        r.ignore(topic);
    } else if (op == "ping" || op == "pong" || retMsg == "pong") {
        r.out().setControl(ControlKind::Pong).requestId = r.latin1(reqId);
    } else if (has(seen, kSuccess) && !success) {
        ControlEvent &control = r.out().setControl(ControlKind::ExchangeError);
        control.requestId = r.latin1(reqId);
        control.message = r.latin1(retMsg);
    } else if (op == "subscribe" || op == "unsubscribe") {
        ControlEvent &control = r.out().setControl(ControlKind::Ack);
        control.requestId = r.latin1(reqId);
        control.message = r.latin1(op);
    } else {
        r.ignore(op.empty() ? std::string_view("message without topic or op") : op);
    }
}

bool BybitAdapter::readKlines(detail::RestReader &r, std::vector<detail::RawKlineRow> &rows, KlinePage &)
{
    static constexpr detail::RestEnvelope kEnvelope{"retCode", "retMsg", "0", true, "result", "list"};
    // ["startTime", "open", "high", "low", "close", "volume", "turnover"], newest first
    return detail::readKlineEnvelope(r, kEnvelope, rows, [](detail::RestReader &r, value &row, detail::RawKlineRow &raw) {
        std::string_view f[6];
        const int count = r.scalarRow(row, f, 6);
        if (count >= 0 && count < 6)
            r.fail(ParseErrorKind::MissingField, QStringLiteral("%1 fields, expected 7").arg(count));
        else if (count >= 6)
            r.candleFromText(raw.candle, f[0], 1, f[1], f[2], f[3], f[4], f[5]);
    });
}

bool BybitAdapter::readSymbolList(detail::RestReader &r, std::vector<detail::RawListing> &listings)
{
    object root;
    qint64 retCode = -1;
    if (!r.rootObject(root))
        return false;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "retCode")
            return r.integer(v, key, retCode);
        if (key != "result")
            return true;
        object result;
        return r.object(v, key, result) && r.forEachField(result, [&](std::string_view inner, value &list) {
            if (inner != "list")
                return true;
            return r.forEachObject(list, inner, [&](object &entry) {
                detail::RawListing listing;
                const bool ok = r.forEachField(entry, [&](std::string_view field, value &fv) {
                    std::string_view text;
                    if (field != "symbol" && field != "baseCoin" && field != "quoteCoin" && field != "status")
                        return true;
                    if (!r.text(fv, field, text))
                        return false;
                    const QString s = r.utf8(text);
                    if (field == "symbol")
                        listing.native = s;
                    else if (field == "baseCoin")
                        listing.base = s;
                    else if (field == "quoteCoin")
                        listing.quote = s;
                    else
                        listing.trading = s == QLatin1String("Trading");
                    return true;
                });
                listings.push_back(std::move(listing));
                return ok;
            });
        });
    });
    if (!read)
        return false;
    return retCode == 0 ? true : r.fail(ParseErrorKind::BadValue, QStringLiteral("retCode %1").arg(retCode));
}

} // namespace cl::market
