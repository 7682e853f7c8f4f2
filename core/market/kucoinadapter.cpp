#include "kucoinadapter.h"

#include "feedvalues.h"
#include "framereader.h"
#include "restenvelope.h"
#include "restreader.h"

#include <QUrl>

#include <limits>

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

enum TopKey { kType, kId, kTopic, kSubject, kData, kCode };
enum MatchKey { kSym, kSide, kPrice, kSize, kTradeId, kTime };

constexpr std::string_view kMatchTopic = "/market/match:";
constexpr std::string_view kCandleTopic = "/market/candles:";

bool has(quint64 seen, int bit)
{
    return seen & (quint64(1) << bit);
}

bool isString(detail::FrameReader &, value &v)
{
    detail::od::json_type type;
    return v.type().get(type) == simdjson::SUCCESS && type == detail::od::json_type::string;
}

bool readMatch(detail::FrameReader &r, object &obj)
{
    quint64 seen = 0;
    std::string_view symbol, side, price, size, tradeId;
    qint64 timeNs = 0;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "symbol")
            return r.once(seen, kSym, key) && r.plainString(v, key, symbol);
        if (key == "side")
            return r.once(seen, kSide, key) && r.plainString(v, key, side);
        if (key == "price")
            return r.once(seen, kPrice, key) && r.plainString(v, key, price);
        if (key == "size")
            return r.once(seen, kSize, key) && r.plainString(v, key, size);
        if (key == "tradeId")
            return r.once(seen, kTradeId, key) && r.plainString(v, key, tradeId);
        if (key == "time")
            return r.once(seen, kTime, key) && r.integerText(v, key, timeNs);
        return true; // sequence, type, takerOrderId, makerOrderId
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {{kSym, "match symbol"}, {kSide, "match side"},
                                                                 {kPrice, "match price"}, {kSize, "match size"},
                                                                 {kTradeId, "match tradeId"}, {kTime, "match time"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    MarketTrade &t = r.out().appendTrade();
    t.symbol = r.symbol(symbol);
    // time is nanoseconds (19 digits, beyond 2^53): exact as an integer, floored to milliseconds.
    t.trade.timestamp = nanosToMs(timeNs);
    if (t.symbol < 0 || !r.tradeId(t, tradeId, false) || !r.price(price, "match price", t.trade.price)
        || !r.quantity(size, "match size", t.trade.size) || !r.time(t.trade.timestamp, "match time"))
        return false;
    if (side == "buy")
        t.trade.side = model::TakerSide::Buy;
    else if (side == "sell")
        t.trade.side = model::TakerSide::Sell;
    else
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("side '%1' is neither buy nor sell").arg(excerpt(side)));
    return true; // tradeId is a hex object id: no contiguity to check
}

bool readCandle(detail::FrameReader &r, object &obj, qint64 intervalMs, std::string_view topicSymbol)
{
    std::string_view symbol = topicSymbol;
    std::string_view f[6];
    int count = -1;
    qint64 timeNs = -1;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "symbol")
            return r.plainString(v, key, symbol);
        if (key == "candles") {
            count = r.scalarRow(v, f, 6);
            return count >= 0;
        }
        if (key == "time")
            return r.integerText(v, key, timeNs);
        return true;
    });
    if (!read)
        return false;
    if (count < 0)
        return r.missing("'candles'");
    if (count < 6)
        return r.fail(ParseErrorKind::MissingField, QStringLiteral("candles has %1 fields, expected 7").arg(count));
    CandleUpdate &c = r.out().appendCandle();
    c.symbol = r.symbol(symbol);
    c.intervalMs = intervalMs;
    c.state = CandleState::Unflagged;
    c.eventTimeMs = timeNs >= 0 ? nanosToMs(timeNs) : -1;
    const std::optional<qint64> start = parseInteger(f[0]);
    if (!start || *start < 0 || *start > std::numeric_limits<qint64>::max() / 1000)
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("candle start '%1' is not unix seconds").arg(excerpt(f[0])));
    c.candle.openTime = *start * 1000;
    // [start, open, CLOSE, HIGH, LOW, volume, turnover]
    return c.symbol >= 0 && r.price(f[1], "candle open", c.candle.open) && r.price(f[2], "candle close", c.candle.close)
        && r.price(f[3], "candle high", c.candle.high) && r.price(f[4], "candle low", c.candle.low)
        && r.volume(f[5], "candle volume", c.candle.volume) && r.candle(c);
}

} // namespace

KucoinAdapter::KucoinAdapter(const model::Clock &clock)
    : ExchangeAdapter(model::ExchangeId::Kucoin, QStringLiteral("kucoin"), QStringLiteral("https://api.kucoin.com"), clock)
{
}

std::optional<qint64> KucoinAdapter::intervalMs(std::string_view code)
{
    const size_t unit = code.find_first_not_of("0123456789");
    if (unit == 0 || unit == std::string_view::npos)
        return std::nullopt;
    const std::optional<qint64> count = parseInteger(code.substr(0, unit));
    if (!count || *count <= 0)
        return std::nullopt;
    const std::string_view name = code.substr(unit);
    if (name == "min")
        return *count * kMinuteMs;
    if (name == "hour")
        return *count * 60 * kMinuteMs;
    if (name == "day")
        return *count * kDayMs;
    if (name == "week")
        return *count * 7 * kDayMs;
    return std::nullopt;
}

std::vector<Endpoint> KucoinAdapter::endpoints() const
{
    // The URL comes from a fresh bullet-public token at every connect (connectUrl()).
    return {{QStringLiteral("public"), QString(), {Channel::Trades, Channel::Candles1m}}};
}

std::vector<QByteArray> KucoinAdapter::commandFrames(const char *type, std::span<const model::Symbol> symbols, bool response)
{
    QList<QByteArray> natives;
    for (const model::Symbol &symbol : symbols) {
        registerSymbol(symbol);
        natives.append(nativeSymbol(symbol).toLatin1());
    }
    // One topic message carries up to 100 symbols; uplink is 100 messages per 10 s, so batch fully.
    std::vector<QByteArray> frames;
    const auto addFrames = [&](const QByteArray &prefix, const QByteArray &suffix) {
        for (qsizetype start = 0; start < natives.size(); start += kMaxTopicsPerMessage) {
            QList<QByteArray> batch = natives.mid(start, kMaxTopicsPerMessage);
            for (QByteArray &native : batch)
                native += suffix;
            frames.push_back("{\"id\":" + QByteArray::number(takeRequestId()) + ",\"type\":\"" + type + "\",\"topic\":\""
                             + prefix + batch.join(',') + "\",\"privateChannel\":false,\"response\":"
                             + (response ? "true" : "false") + '}');
        }
    };
    addFrames(QByteArray(kMatchTopic.data(), qsizetype(kMatchTopic.size())), {});
    addFrames(QByteArray(kCandleTopic.data(), qsizetype(kCandleTopic.size())), "_1min");
    return frames;
}

std::vector<QByteArray> KucoinAdapter::subscribeFrames(const Endpoint &, std::span<const model::Symbol> symbols)
{
    return commandFrames("subscribe", symbols, true);
}

std::vector<QByteArray> KucoinAdapter::unsubscribeFrames(const Endpoint &, std::span<const model::Symbol> symbols)
{
    return commandFrames("unsubscribe", symbols, true);
}

SubscribeLimits KucoinAdapter::subscribeLimits() const
{
    SubscribeLimits limits;
    limits.maxTopicsPerMessage = kMaxTopicsPerMessage;
    limits.maxTopicsPerConnection = kMaxTopicsPerConnection;
    limits.minMessageIntervalMs = 100; // 100 uplink messages per 10 s (509 "exceed max permits" otherwise)
    limits.maxConnectsPerWindow = 30;
    limits.connectWindowMs = kMinuteMs;
    limits.maxConnectionLifetimeMs = kDayMs; // the token lives about 24 h: reconnect with a new one before
    return limits;
}

KeepAlive KucoinAdapter::keepAlive() const
{
    return {KeepAlive::Ping::TextFrame, m_pingIntervalMs, false, m_pingIntervalMs + m_pingTimeoutMs};
}

QByteArray KucoinAdapter::pingFrame()
{
    return "{\"id\":\"" + QByteArray::number(clock().nowMs()) + "\",\"type\":\"ping\"}";
}

CandleCloseRule KucoinAdapter::candleCloseRule() const
{
    // No closed flag: a candle with a later start closes it, else the exchange's time past its end + 2 s.
    return {false, true, 2'000};
}

RestRequest KucoinAdapter::connectTokenRequest() const
{
    RestRequest request;
    request.method = "POST";
    request.url = QStringLiteral("%1/api/v1/bullet-public").arg(restBaseUrl());
    return request;
}

std::optional<ConnectToken> KucoinAdapter::parseConnectToken(QByteArrayView body, QString *error)
{
    detail::JsonEngine engine;
    detail::od::document doc;
    const simdjson::error_code code = engine.load(body, doc);
    detail::RestReader r(doc, QStringLiteral("kucoin bullet-public response"));
    ConnectToken token;
    std::string_view status;
    object root;
    if (code) {
        r.malformed(code);
    } else if (r.rootObject(root)) {
        r.forEachField(root, [&](std::string_view key, value &v) {
            if (key == "code")
                return r.scalarText(v, key, status);
            if (key != "data")
                return true;
            object data;
            return r.object(v, key, data) && r.forEachField(data, [&](std::string_view field, value &fv) {
                std::string_view text;
                if (field == "token") {
                    if (!r.text(fv, field, text))
                        return false;
                    token.token = r.utf8(text);
                    return true;
                }
                if (field != "instanceServers")
                    return true;
                return r.forEachObject(fv, field, [&](object &server) {
                    ConnectToken candidate;
                    bool websocket = true;
                    const bool ok = r.forEachField(server, [&](std::string_view name, value &sv) {
                        std::string_view s;
                        qint64 ms = 0;
                        if (name == "endpoint") {
                            if (!r.text(sv, name, s))
                                return false;
                            candidate.endpoint = r.utf8(s);
                        } else if (name == "protocol") {
                            if (!r.text(sv, name, s))
                                return false;
                            websocket = s == "websocket";
                        } else if (name == "pingInterval" || name == "pingTimeout") {
                            if (!r.integer(sv, name, ms))
                                return false;
                            if (ms <= 0 || ms > 600'000)
                                return r.fail(ParseErrorKind::BadValue, QStringLiteral("%1 %2 ms is implausible").arg(r.utf8(name)).arg(ms));
                            (name == "pingInterval" ? candidate.pingIntervalMs : candidate.pingTimeoutMs) = int(ms);
                        }
                        return true;
                    });
                    if (ok && websocket && token.endpoint.isEmpty() && !candidate.endpoint.isEmpty()) {
                        token.endpoint = candidate.endpoint;
                        token.pingIntervalMs = candidate.pingIntervalMs;
                        token.pingTimeoutMs = candidate.pingTimeoutMs;
                    }
                    return ok;
                });
            });
        });
        if (!r.bodyFailed())
            r.expectEnd();
    }
    if (!r.bodyFailed() && status != "200000")
        r.fail(ParseErrorKind::BadValue, QStringLiteral("code %1").arg(r.utf8(status)));
    if (!r.bodyFailed() && (token.token.isEmpty() || token.endpoint.isEmpty()))
        r.missing("data.token and a websocket instanceServers endpoint");
    if (r.bodyFailed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (token.pingIntervalMs <= 0)
        token.pingIntervalMs = kDefaultPingIntervalMs;
    if (token.pingTimeoutMs <= 0)
        token.pingTimeoutMs = kDefaultPingTimeoutMs;
    m_pingIntervalMs = token.pingIntervalMs;
    m_pingTimeoutMs = token.pingTimeoutMs;
    return token;
}

QString KucoinAdapter::connectUrl(const ConnectToken &token, QStringView connectId) const
{
    // The token holds '=', '+' and '/': percent-encode it so no server reads '+' as a space.
    QString base = endpointUrl(token.endpoint);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QStringLiteral("?token=") + QString::fromLatin1(QUrl::toPercentEncoding(token.token))
        + QStringLiteral("&connectId=") + QString::fromLatin1(QUrl::toPercentEncoding(connectId.toString()));
}

RestLimits KucoinAdapter::restLimits() const
{
    RestLimits limits;
    limits.maxRowsPerRequest = kKlineLimit;
    limits.weightPerRequest = 3;
    limits.weightBudget = 4000;
    limits.budgetWindowMs = 30'000;
    limits.newestFirst = true;
    limits.paging = RestLimits::Paging::Forward;
    return limits;
}

RestRequest KucoinAdapter::klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const
{
    // endAt is the end of the last wanted minute. Whether KuCoin treats it inclusively (one row more) or
    // not, a window of 1499 minutes stays within the 1500-row cap, so no wanted row is ever cut off.
    const Window window = pageWindow(fromMs, toMs, kKlineLimit - 1, RestLimits::Paging::Forward);
    RestRequest request;
    if (window.rows == 0)
        return request;
    request.url = QStringLiteral("%1/api/v1/market/candles?type=1min&symbol=%2&startAt=%3&endAt=%4")
                      .arg(restBaseUrl(), restSymbol(symbol))
                      .arg(window.fromMs / 1000)
                      .arg((window.toMs + kMinuteMs) / 1000);
    request.weight = 3;
    request.coveredFromMs = window.fromMs;
    request.coveredToMs = window.toMs;
    return request;
}

RestRequest KucoinAdapter::symbolListRequest() const
{
    RestRequest request;
    request.url = QStringLiteral("%1/api/v2/symbols").arg(restBaseUrl());
    return request;
}

void KucoinAdapter::parseJsonFrame(detail::FrameReader &r)
{
    object root;
    std::string_view topic;
    bool hasTopic = false;
    if (!r.rootObject(root) || !r.peekString(root, "topic", topic, hasTopic))
        return;
    const bool matches = topic.starts_with(kMatchTopic);
    std::optional<qint64> candleInterval;
    std::string_view candleSymbol;
    if (topic.starts_with(kCandleTopic)) {
        // /market/candles:BTC-USDT_1min
        const std::string_view rest = topic.substr(kCandleTopic.size());
        const size_t underscore = rest.rfind('_');
        if (underscore != std::string_view::npos) {
            candleSymbol = rest.substr(0, underscore);
            candleInterval = intervalMs(rest.substr(underscore + 1));
        }
    }

    quint64 seen = 0;
    std::string_view type, id, message;
    qint64 code = 0;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "type")
            return r.once(seen, kType, key) && r.plainString(v, key, type);
        if (key == "id")
            return r.once(seen, kId, key) && r.scalarText(v, key, id);
        if (key == "topic")
            return r.once(seen, kTopic, key);
        if (key == "subject")
            return r.once(seen, kSubject, key);
        if (key == "code")
            return r.once(seen, kCode, key) && r.integerText(v, key, code);
        if (key == "data") {
            if (!r.once(seen, kData, key))
                return false;
            object data;
            if (matches)
                return r.object(v, key, data) && readMatch(r, data);
            if (candleInterval)
                return r.object(v, key, data) && readCandle(r, data, *candleInterval, candleSymbol);
            return isString(r, v) ? r.text(v, key, message) : true;
        }
        return true; // sn, privateChannel
    });
    if (!read)
        return;
    if (type == "message") {
        if (!matches && !candleInterval)
            r.ignore(topic.empty() ? std::string_view("message without a topic") : topic);
        else if (!has(seen, kData))
            r.missing("'data'");
        return;
    }
    if (type == "welcome") {
        r.out().setControl(ControlKind::Welcome).requestId = r.latin1(id);
    } else if (type == "ack") {
        r.out().setControl(ControlKind::Ack).requestId = r.latin1(id);
    } else if (type == "pong") {
        r.out().setControl(ControlKind::Pong).requestId = r.latin1(id);
    } else if (type == "error") {
        // 509: uplink rate limit; 401 "token is expired": reconnect with a fresh token.
        ControlEvent &control = r.out().setControl(ControlKind::ExchangeError);
        control.requestId = r.latin1(id);
        control.code = QString::number(code);
        control.message = r.latin1(message);
    } else {
        r.ignore(type.empty() ? std::string_view("message without a type") : type);
    }
}

bool KucoinAdapter::readKlines(detail::RestReader &r, std::vector<detail::RawKlineRow> &rows, KlinePage &)
{
    static constexpr detail::RestEnvelope kEnvelope{"code", "msg", "200000", false, "data", {}};
    // [time (s), open, CLOSE, HIGH, LOW, volume, turnover], newest first
    return detail::readKlineEnvelope(r, kEnvelope, rows, [](detail::RestReader &r, value &row, detail::RawKlineRow &raw) {
        std::string_view f[6];
        const int count = r.scalarRow(row, f, 6);
        if (count >= 0 && count < 6)
            r.fail(ParseErrorKind::MissingField, QStringLiteral("%1 fields, expected 7").arg(count));
        else if (count >= 6)
            r.candleFromText(raw.candle, f[0], 1000, f[1], f[3], f[4], f[2], f[5]);
    });
}

bool KucoinAdapter::readSymbolList(detail::RestReader &r, std::vector<detail::RawListing> &listings)
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
                if (field == "enableTrading")
                    return r.boolean(fv, field, listing.trading);
                if (field != "symbol" && field != "baseCurrency" && field != "quoteCurrency")
                    return true;
                std::string_view text;
                if (!r.text(fv, field, text))
                    return false;
                (field == "symbol" ? listing.native : field == "baseCurrency" ? listing.base : listing.quote) = r.utf8(text);
                return true;
            });
            listings.push_back(std::move(listing));
            return ok;
        });
    });
    if (!read)
        return false;
    return code == "200000" ? true : r.fail(ParseErrorKind::BadValue, QStringLiteral("code %1").arg(r.utf8(code)));
}

} // namespace cl::market
