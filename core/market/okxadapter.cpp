#include "okxadapter.h"

#include "feedvalues.h"
#include "framereader.h"
#include "restenvelope.h"
#include "restreader.h"

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

enum TopKey { kArg, kData, kEvent, kCode, kMsg, kId };
enum TradeKey { kInst, kTradeId, kPx, kSz, kSide, kTs, kCount };

constexpr qint64 kUtcPlus8Ms = 8 * 3'600'000LL;

bool has(quint64 seen, int bit)
{
    return seen & (quint64(1) << bit);
}

// "arg":{"channel":"trades","instId":"BTC-USDT"} decides how "data" is read, wherever it stands.
bool peekArg(detail::FrameReader &r, object &root, std::string_view &channel, std::string_view &instId)
{
    value arg;
    const simdjson::error_code code = root.find_field_unordered("arg").get(arg);
    if (code == simdjson::SUCCESS) {
        object obj;
        quint64 seen = 0;
        const bool read = r.object(arg, "arg", obj) && r.forEachField(obj, [&](std::string_view key, value &v) {
            if (key == "channel")
                return r.once(seen, 0, key) && r.plainString(v, key, channel);
            if (key == "instId")
                return r.once(seen, 1, key) && r.plainString(v, key, instId);
            return true;
        });
        if (!read)
            return false;
    } else if (code != simdjson::NO_SUCH_FIELD) {
        return r.malformed(code);
    }
    return r.rewind(root);
}

bool readTrade(detail::FrameReader &r, object &obj)
{
    quint64 seen = 0;
    std::string_view inst, tradeId, px, sz, side;
    qint64 ts = 0, count = 1;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "instId")
            return r.once(seen, kInst, key) && r.plainString(v, key, inst);
        if (key == "tradeId")
            return r.once(seen, kTradeId, key) && r.plainString(v, key, tradeId);
        if (key == "px")
            return r.once(seen, kPx, key) && r.plainString(v, key, px);
        if (key == "sz")
            return r.once(seen, kSz, key) && r.plainString(v, key, sz);
        if (key == "side")
            return r.once(seen, kSide, key) && r.plainString(v, key, side);
        if (key == "ts")
            return r.once(seen, kTs, key) && r.integerText(v, key, ts);
        if (key == "count")
            return r.once(seen, kCount, key) && r.integerText(v, key, count);
        return true; // seqId, source
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {{kInst, "trade instId"}, {kTradeId, "tradeId"},
                                                                 {kPx, "trade px"},      {kSz, "trade sz"},
                                                                 {kSide, "trade side"},  {kTs, "trade ts"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    MarketTrade &t = r.out().appendTrade();
    t.symbol = r.symbol(inst);
    if (t.symbol < 0 || !r.tradeId(t, tradeId, true) || !r.price(px, "trade px", t.trade.price)
        || !r.quantity(sz, "trade sz", t.trade.size) || !r.time(ts, "trade ts"))
        return false;
    t.trade.timestamp = ts;
    if (side == "buy")
        t.trade.side = model::TakerSide::Buy;
    else if (side == "sell")
        t.trade.side = model::TakerSide::Sell;
    else
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("taker side '%1' is neither buy nor sell").arg(excerpt(side)));
    // One message per taker order and price: tradeId is the LAST id of `count` fills.
    const std::optional<qint64> parsedId = parseInteger(tradeId);
    if (!parsedId)
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("tradeId '%1' does not fit 64 bits").arg(excerpt(tradeId)));
    const qint64 last = *parsedId;
    if (count < 1 || count > last + 1)
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("fill count %1 does not fit tradeId %2").arg(count).arg(last));
    t.firstId = last - count + 1;
    t.lastId = last;
    return true;
}

// [ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]
bool readCandle(detail::FrameReader &r, value &row, int symbol, const OkxAdapter::Interval &interval)
{
    std::string_view f[9];
    const int count = r.scalarRow(row, f, 9);
    if (count < 0)
        return false;
    if (count < 9)
        return r.fail(ParseErrorKind::MissingField, QStringLiteral("candle row has %1 fields, expected 9").arg(count));
    CandleUpdate &c = r.out().appendCandle();
    c.symbol = symbol;
    c.intervalMs = interval.ms;
    const std::optional<qint64> ts = parseInteger(f[0]);
    if (!ts)
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("candle ts '%1' is not an integer").arg(excerpt(f[0])));
    c.candle.openTime = *ts;
    if (f[8] == "1")
        c.state = CandleState::Closed;
    else if (f[8] == "0")
        c.state = CandleState::Forming;
    else
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("candle confirm '%1' is neither 0 nor 1").arg(excerpt(f[8])));
    return r.price(f[1], "candle open", c.candle.open) && r.price(f[2], "candle high", c.candle.high)
        && r.price(f[3], "candle low", c.candle.low) && r.price(f[4], "candle close", c.candle.close)
        && r.volume(f[5], "candle volume", c.candle.volume) && r.candle(c, interval.alignOffsetMs);
}

} // namespace

OkxAdapter::OkxAdapter(const model::Clock &clock)
    : ExchangeAdapter(model::ExchangeId::Okx, QStringLiteral("okx"), QStringLiteral("https://www.okx.com"), clock)
{
}

std::optional<OkxAdapter::Interval> OkxAdapter::candleInterval(std::string_view channel)
{
    if (!channel.starts_with("candle"))
        return std::nullopt;
    std::string_view code = channel.substr(6);
    const bool utc = code.ends_with("utc");
    if (utc)
        code.remove_suffix(3);
    if (code.size() < 2)
        return std::nullopt;
    const std::optional<qint64> count = parseInteger(code.substr(0, code.size() - 1));
    if (!count || *count <= 0)
        return std::nullopt;
    switch (code.back()) {
    case 's': return Interval{*count * 1000, 0};
    case 'm': return Interval{*count * kMinuteMs, 0};
    case 'H': return Interval{*count * 60 * kMinuteMs, utc ? 0 : kUtcPlus8Ms};
    case 'D': return Interval{*count * kDayMs, utc ? 0 : kUtcPlus8Ms};
    case 'W': return Interval{*count * 7 * kDayMs, utc ? 0 : kUtcPlus8Ms};
    default: return std::nullopt; // 'M': calendar months
    }
}

std::vector<Endpoint> OkxAdapter::endpoints() const
{
    return {{QStringLiteral("public"), endpointUrl(QStringLiteral("wss://ws.okx.com:8443/ws/v5/public")), {Channel::Trades}},
            {QStringLiteral("business"), endpointUrl(QStringLiteral("wss://ws.okx.com:8443/ws/v5/business")),
             {Channel::Candles1m}}};
}

std::vector<QByteArray> OkxAdapter::commandFrames(const char *op, const Endpoint &endpoint,
                                                  std::span<const model::Symbol> symbols)
{
    QList<QByteArray> args;
    for (const model::Symbol &symbol : symbols) {
        registerSymbol(symbol);
        const QByteArray inst = nativeSymbol(symbol).toLatin1();
        for (Channel channel : endpoint.channels)
            args.append("{\"channel\":\"" + QByteArray(channel == Channel::Trades ? "trades" : "candle1m")
                        + "\",\"instId\":\"" + inst + "\"}");
    }
    // As many args per request as fit 64 KB: each request counts against 480 per connection and hour.
    std::vector<QByteArray> frames;
    qsizetype next = 0;
    while (next < args.size()) {
        const QByteArray head = "{\"id\":\"" + QByteArray::number(takeRequestId()) + "\",\"op\":\"" + op + "\",\"args\":[";
        QByteArray frame = head + args[next++];
        while (next < args.size() && frame.size() + 1 + args[next].size() + 2 <= kMaxMessageBytes)
            frame += ',' + args[next++];
        frames.push_back(frame + "]}");
    }
    return frames;
}

std::vector<QByteArray> OkxAdapter::subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols)
{
    return commandFrames("subscribe", endpoint, symbols);
}

std::vector<QByteArray> OkxAdapter::unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols)
{
    return commandFrames("unsubscribe", endpoint, symbols);
}

SubscribeLimits OkxAdapter::subscribeLimits() const
{
    SubscribeLimits limits;
    limits.maxMessageBytes = kMaxMessageBytes;
    limits.maxSubscribeOpsPerHour = 480;
    limits.maxConnectsPerWindow = 3;
    limits.connectWindowMs = 1'000;
    return limits;
}

KeepAlive OkxAdapter::keepAlive() const
{
    // OKX cuts a connection without data for 30 s: ping after 20 s of silence, give up at 30 s.
    return {KeepAlive::Ping::TextFrame, 20'000, true, 30'000};
}

CandleCloseRule OkxAdapter::candleCloseRule() const
{
    return {true, true, 5'000};
}

RestLimits OkxAdapter::restLimits() const
{
    RestLimits limits;
    limits.maxRowsPerRequest = kKlineLimit;
    limits.weightPerRequest = 1;
    limits.weightBudget = 20;
    limits.budgetWindowMs = 2'000;
    limits.newestFirst = true;
    limits.paging = RestLimits::Paging::Backward;
    return limits;
}

RestRequest OkxAdapter::klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const
{
    // `after` returns rows older than it, `before` rows newer than it (both exclusive): the page walks back
    // from the newest wanted minute, 300 rows at most.
    const Window window = pageWindow(fromMs, toMs, kKlineLimit, RestLimits::Paging::Backward);
    RestRequest request;
    if (window.rows == 0)
        return request;
    request.url = QStringLiteral("%1/api/v5/market/history-candles?instId=%2&bar=1m&after=%3&before=%4&limit=%5")
                      .arg(restBaseUrl(), restSymbol(symbol))
                      .arg(window.toMs + kMinuteMs)
                      .arg(window.fromMs - kMinuteMs)
                      .arg(window.rows);
    request.coveredFromMs = window.fromMs;
    request.coveredToMs = window.toMs;
    return request;
}

RestRequest OkxAdapter::symbolListRequest() const
{
    RestRequest request;
    request.url = QStringLiteral("%1/api/v5/public/instruments?instType=SPOT").arg(restBaseUrl());
    return request;
}

bool OkxAdapter::parseTextFrame(QByteArrayView bytes, ParsedFrame &out)
{
    // The answer to our text "ping" is the bare text "pong", not JSON.
    if (bytes != QByteArrayView("pong"))
        return false;
    out.setControl(ControlKind::Pong);
    return true;
}

void OkxAdapter::parseJsonFrame(detail::FrameReader &r)
{
    object root;
    std::string_view channel, instId;
    if (!r.rootObject(root) || !peekArg(r, root, channel, instId))
        return;
    const bool trades = channel == "trades" || channel == "trades-all";
    const std::optional<Interval> interval = candleInterval(channel);
    int candleSymbol = -1;

    quint64 seen = 0;
    std::string_view event, code, msg, id;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "arg")
            return r.once(seen, kArg, key);
        if (key == "data") {
            if (!r.once(seen, kData, key))
                return false;
            if (trades)
                return r.forEachObject(v, key, [&](object &obj) { return readTrade(r, obj); });
            if (interval) {
                candleSymbol = r.symbol(instId);
                return candleSymbol >= 0
                    && r.forEachElement(v, key, [&](value &row) { return readCandle(r, row, candleSymbol, *interval); });
            }
            return true;
        }
        if (key == "event")
            return r.once(seen, kEvent, key) && r.plainString(v, key, event);
        if (key == "code")
            return r.once(seen, kCode, key) && r.scalarText(v, key, code);
        if (key == "msg")
            return r.once(seen, kMsg, key) && r.text(v, key, msg);
        if (key == "id")
            return r.once(seen, kId, key) && r.scalarText(v, key, id);
        return true; // connId
    });
    if (!read)
        return;
    if (has(seen, kData) && !has(seen, kEvent)) {
        if (!trades && !interval)
            r.ignore(channel.empty() ? std::string_view("data without a channel") : channel);
        else if (r.out().trades().empty() && r.out().candles().empty())
            r.ignore("empty data");
        return;
    }
    if (event == "subscribe" || event == "unsubscribe" || event == "login") {
        ControlEvent &control = r.out().setControl(ControlKind::Ack);
        control.requestId = r.latin1(id);
        control.message = r.latin1(channel);
    } else if (event == "error") {
        ControlEvent &control = r.out().setControl(ControlKind::ExchangeError);
        control.requestId = r.latin1(id);
        control.code = r.latin1(code);
        control.message = r.latin1(msg);
    } else if (event == "notice" && code == "64008") {
        // Sent 60 s before a service upgrade closes the connection: reconnect now, on our terms.
        ControlEvent &control = r.out().setControl(ControlKind::ReconnectNotice);
        control.code = r.latin1(code);
        control.message = r.latin1(msg);
    } else {
        r.ignore(event.empty() ? std::string_view("message without event or data") : event);
    }
}

bool OkxAdapter::readKlines(detail::RestReader &r, std::vector<detail::RawKlineRow> &rows, KlinePage &)
{
    static constexpr detail::RestEnvelope kEnvelope{"code", "msg", "0", false, "data", {}};
    // [ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm], newest first
    return detail::readKlineEnvelope(r, kEnvelope, rows, [](detail::RestReader &r, value &row, detail::RawKlineRow &raw) {
        std::string_view f[9];
        const int count = r.scalarRow(row, f, 9);
        if (count >= 0 && count < 6) {
            r.fail(ParseErrorKind::MissingField, QStringLiteral("%1 fields, expected 9").arg(count));
        } else if (count >= 6 && r.candleFromText(raw.candle, f[0], 1, f[1], f[2], f[3], f[4], f[5])) {
            if (count >= 9 && (f[8] == "0" || f[8] == "1"))
                raw.confirm = f[8] == "1" ? 1 : 0;
            else if (count >= 9)
                r.fail(ParseErrorKind::BadValue, QStringLiteral("confirm '%1' is neither 0 nor 1").arg(excerpt(f[8])));
        }
    });
}

bool OkxAdapter::readSymbolList(detail::RestReader &r, std::vector<detail::RawListing> &listings)
{
    object root;
    std::string_view code;
    if (!r.rootObject(root))
        return false;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "code")
            return r.scalarText(v, key, code);
        if (key != "data")
            return true;
        return r.forEachObject(v, key, [&](object &entry) {
            detail::RawListing listing;
            const bool ok = r.forEachField(entry, [&](std::string_view field, value &fv) {
                if (field != "instId" && field != "baseCcy" && field != "quoteCcy" && field != "state")
                    return true;
                std::string_view text;
                if (!r.text(fv, field, text))
                    return false;
                const QString s = r.utf8(text);
                if (field == "instId")
                    listing.native = s;
                else if (field == "baseCcy")
                    listing.base = s;
                else if (field == "quoteCcy")
                    listing.quote = s;
                else
                    listing.trading = s == QLatin1String("live");
                return true;
            });
            listings.push_back(std::move(listing));
            return ok;
        });
    });
    if (!read)
        return false;
    return code == "0" ? true : r.fail(ParseErrorKind::BadValue, QStringLiteral("code %1").arg(r.utf8(code)));
}

} // namespace cl::market
