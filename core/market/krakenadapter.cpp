#include "krakenadapter.h"

#include "feedvalues.h"
#include "framereader.h"
#include "restreader.h"

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

enum TopKey { kChannel, kType, kData, kMethod, kSuccess, kError, kReqId, kResult, kTimestamp };
enum TradeKey { kSym, kSide, kPrice, kQty, kId, kTime };
enum OhlcKey { kOSym, kOpen, kHigh, kLow, kClose, kVolume, kTrades, kBegin, kInterval };

bool has(quint64 seen, int bit)
{
    return seen & (quint64(1) << bit);
}

// Kraken's own names for two assets in REST (and in v1 / AssetPairs wsname).
QString toKrakenAsset(const QString &asset)
{
    if (asset == QLatin1String("BTC"))
        return QStringLiteral("XBT");
    if (asset == QLatin1String("DOGE"))
        return QStringLiteral("XDG");
    return asset;
}

QString fromKrakenAsset(const QString &asset)
{
    if (asset == QLatin1String("XBT"))
        return QStringLiteral("BTC");
    if (asset == QLatin1String("XDG"))
        return QStringLiteral("DOGE");
    return asset;
}

bool rfc3339(detail::FrameReader &r, std::string_view text, std::string_view what, qint64 &ms)
{
    const std::optional<qint64> parsed = parseRfc3339Ms(text);
    if (!parsed)
        return r.fail(ParseErrorKind::BadTimestamp,
                      QStringLiteral("%1 '%2' is not an RFC 3339 time").arg(r.latin1(what), excerpt(text)));
    ms = *parsed;
    return r.time(ms, what);
}

bool readTrade(detail::FrameReader &r, object &obj)
{
    quint64 seen = 0;
    std::string_view symbol, side, price, qty, time;
    qint64 id = -1;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "symbol")
            return r.once(seen, kSym, key) && r.plainString(v, key, symbol);
        if (key == "side")
            return r.once(seen, kSide, key) && r.plainString(v, key, side);
        if (key == "price")
            return r.once(seen, kPrice, key) && r.decimalText(v, key, price);
        if (key == "qty")
            return r.once(seen, kQty, key) && r.decimalText(v, key, qty);
        if (key == "trade_id")
            return r.once(seen, kId, key) && r.integer(v, key, id);
        if (key == "timestamp")
            return r.once(seen, kTime, key) && r.plainString(v, key, time);
        return true; // ord_type
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {{kSym, "trade symbol"}, {kSide, "trade side"},
                                                                 {kPrice, "trade price"}, {kQty, "trade qty"},
                                                                 {kId, "trade_id"},      {kTime, "trade timestamp"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    MarketTrade &t = r.out().appendTrade();
    t.symbol = r.symbol(symbol);
    // Prices and sizes are JSON numbers here: converted from their exact text, never via simdjson's double.
    if (t.symbol < 0 || !r.tradeId(t, id) || !r.price(price, "trade price", t.trade.price)
        || !r.quantity(qty, "trade qty", t.trade.size) || !rfc3339(r, time, "trade timestamp", t.trade.timestamp))
        return false;
    if (side == "buy")
        t.trade.side = model::TakerSide::Buy;
    else if (side == "sell")
        t.trade.side = model::TakerSide::Sell;
    else
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("side '%1' is neither buy nor sell").arg(excerpt(side)));
    t.firstId = id;
    t.lastId = id;
    return true;
}

bool readOhlc(detail::FrameReader &r, object &obj)
{
    quint64 seen = 0;
    std::string_view symbol, open, high, low, close, volume, begin;
    qint64 trades = -1, interval = 0;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "symbol")
            return r.once(seen, kOSym, key) && r.plainString(v, key, symbol);
        if (key == "open")
            return r.once(seen, kOpen, key) && r.decimalText(v, key, open);
        if (key == "high")
            return r.once(seen, kHigh, key) && r.decimalText(v, key, high);
        if (key == "low")
            return r.once(seen, kLow, key) && r.decimalText(v, key, low);
        if (key == "close")
            return r.once(seen, kClose, key) && r.decimalText(v, key, close);
        if (key == "volume")
            return r.once(seen, kVolume, key) && r.decimalText(v, key, volume);
        if (key == "trades")
            return r.once(seen, kTrades, key) && r.integer(v, key, trades);
        if (key == "interval_begin")
            return r.once(seen, kBegin, key) && r.plainString(v, key, begin);
        if (key == "interval")
            return r.once(seen, kInterval, key) && r.integer(v, key, interval);
        return true; // vwap; `timestamp` is the interval's END in practice and its start in the prose: unused
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {
        {kOSym, "ohlc symbol"}, {kOpen, "ohlc open"},     {kHigh, "ohlc high"},           {kLow, "ohlc low"},
        {kClose, "ohlc close"}, {kVolume, "ohlc volume"}, {kBegin, "ohlc interval_begin"}, {kInterval, "ohlc interval"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    if (interval <= 0 || interval > 21600)
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("ohlc interval %1 is not a number of minutes").arg(interval));
    CandleUpdate &c = r.out().appendCandle();
    c.symbol = r.symbol(symbol);
    c.intervalMs = interval * kMinuteMs;
    c.state = CandleState::Unflagged; // closed once a later interval_begin arrives (CandleCloseRule)
    c.tradeCount = trades;
    return c.symbol >= 0 && rfc3339(r, begin, "ohlc interval_begin", c.candle.openTime)
        && r.price(open, "ohlc open", c.candle.open) && r.price(high, "ohlc high", c.candle.high)
        && r.price(low, "ohlc low", c.candle.low) && r.price(close, "ohlc close", c.candle.close)
        && r.volume(volume, "ohlc volume", c.candle.volume) && r.candle(c);
}

bool readStatus(detail::FrameReader &r, object &obj, QString &system)
{
    // connection_id exceeds INT64_MAX: it is never read, only skipped.
    return r.forEachField(obj, [&](std::string_view key, value &v) {
        std::string_view text;
        if (key != "system")
            return true;
        if (!r.plainString(v, key, text))
            return false;
        system = r.latin1(text);
        return true;
    });
}

} // namespace

KrakenAdapter::KrakenAdapter(const model::Clock &clock)
    : ExchangeAdapter(model::ExchangeId::Kraken, QStringLiteral("kraken"), QStringLiteral("https://api.kraken.com"), clock)
{
}

QString KrakenAdapter::nativeSymbol(const model::Symbol &symbol) const
{
    return symbol.toString();
}

std::optional<model::Symbol> KrakenAdapter::symbolFromNative(QStringView native) const
{
    const qsizetype slash = native.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    return model::Symbol::parse(QString(fromKrakenAsset(native.left(slash).toString().toUpper()) + QLatin1Char('/')
                                        + fromKrakenAsset(native.mid(slash + 1).toString().toUpper())));
}

QString KrakenAdapter::restSymbol(const model::Symbol &symbol) const
{
    return toKrakenAsset(symbol.base()) + toKrakenAsset(symbol.quote());
}

QString KrakenAdapter::legacyPairKey(const model::Symbol &symbol)
{
    static const QStringList kCrypto{QStringLiteral("XBT"), QStringLiteral("ETH"), QStringLiteral("LTC"),
                                     QStringLiteral("XRP"), QStringLiteral("XLM"), QStringLiteral("XMR"),
                                     QStringLiteral("ZEC"), QStringLiteral("ETC"), QStringLiteral("REP"),
                                     QStringLiteral("MLN")};
    static const QStringList kFiat{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                   QStringLiteral("JPY"), QStringLiteral("CAD"), QStringLiteral("AUD")};
    const QString base = toKrakenAsset(symbol.base());
    const QString quote = toKrakenAsset(symbol.quote());
    const auto legacy = [&](const QString &asset) -> QString {
        if (kCrypto.contains(asset))
            return QLatin1Char('X') + asset;
        if (kFiat.contains(asset))
            return QLatin1Char('Z') + asset;
        return {};
    };
    const QString legacyBase = legacy(base);
    const QString legacyQuote = legacy(quote);
    if (legacyBase.isEmpty() || legacyQuote.isEmpty())
        return base + quote;
    return legacyBase + legacyQuote;
}

std::vector<Endpoint> KrakenAdapter::endpoints() const
{
    return {{QStringLiteral("public"), endpointUrl(QStringLiteral("wss://ws.kraken.com/v2")), {Channel::Trades, Channel::Candles1m}}};
}

std::vector<QByteArray> KrakenAdapter::commandFrames(const char *method, std::span<const model::Symbol> symbols,
                                                     bool subscribe)
{
    if (symbols.empty())
        return {};
    QList<QByteArray> names;
    for (const model::Symbol &symbol : symbols) {
        registerSymbol(symbol);
        names.append(nativeSymbol(symbol).toLatin1());
    }
    const QByteArray list = "[\"" + names.join("\",\"") + "\"]";
    const QByteArray head = QByteArray("{\"method\":\"") + method + "\",\"params\":{\"channel\":";
    // The trade snapshot default differs between doc renderings: always say it (true: the last 50 trades
    // after every connect help close the gap; duplicates are expected and dropped downstream).
    return {head + "\"trade\",\"symbol\":" + list + (subscribe ? ",\"snapshot\":true}}" : "}}"),
            head + "\"ohlc\",\"symbol\":" + list + ",\"interval\":1}}"};
}

std::vector<QByteArray> KrakenAdapter::subscribeFrames(const Endpoint &, std::span<const model::Symbol> symbols)
{
    return commandFrames("subscribe", symbols, true);
}

std::vector<QByteArray> KrakenAdapter::unsubscribeFrames(const Endpoint &, std::span<const model::Symbol> symbols)
{
    return commandFrames("unsubscribe", symbols, false);
}

SubscribeLimits KrakenAdapter::subscribeLimits() const
{
    return {}; // Kraken's WebSocket limits are not verified (spec/feeds.md section 7)
}

KeepAlive KrakenAdapter::keepAlive() const
{
    // Kraken sends a heartbeat every second while nothing else flows: 5 s of silence is odd, 15 s is dead.
    return {KeepAlive::Ping::TextFrame, 5'000, true, 15'000};
}

QByteArray KrakenAdapter::pingFrame()
{
    return "{\"method\":\"ping\",\"req_id\":" + QByteArray::number(takeRequestId()) + '}';
}

CandleCloseRule KrakenAdapter::candleCloseRule() const
{
    // No closed flag: the next interval_begin closes the candle, else the exchange's time past its end + 2 s.
    return {false, true, 2'000};
}

RestLimits KrakenAdapter::restLimits() const
{
    RestLimits limits;
    limits.maxRowsPerRequest = kOhlcRows;
    limits.weightPerRequest = 1;
    limits.weightBudget = 1;
    limits.budgetWindowMs = 1'000;
    limits.newestFirst = false;
    limits.paging = RestLimits::Paging::Forward;
    limits.historyRows = kOhlcRows;
    limits.lastRowAlwaysOpen = true;
    return limits;
}

RestRequest KrakenAdapter::klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const
{
    const Window window = pageWindow(fromMs, toMs, kOhlcRows, RestLimits::Paging::Forward);
    RestRequest request;
    if (window.rows == 0)
        return request;
    // `since` one second before the first wanted minute includes that minute whether Kraken compares
    // inclusively or exclusively. Only the newest 720 minutes exist at all (restLimits().historyRows).
    request.url = QStringLiteral("%1/0/public/OHLC?pair=%2&interval=1&since=%3")
                      .arg(restBaseUrl(), restSymbol(symbol))
                      .arg(window.fromMs / 1000 - 1);
    request.coveredFromMs = window.fromMs;
    request.coveredToMs = window.toMs;
    return request;
}

RestRequest KrakenAdapter::symbolListRequest() const
{
    RestRequest request;
    request.url = QStringLiteral("%1/0/public/AssetPairs").arg(restBaseUrl());
    return request;
}

void KrakenAdapter::parseJsonFrame(detail::FrameReader &r)
{
    object root;
    std::string_view channel;
    bool hasChannel = false;
    if (!r.rootObject(root) || !r.peekString(root, "channel", channel, hasChannel))
        return;
    const bool trades = channel == "trade";
    const bool ohlc = channel == "ohlc";
    const bool status = channel == "status";

    quint64 seen = 0;
    std::string_view type, method, error, reqId, resultChannel, timestamp;
    bool success = false;
    QString system;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "channel")
            return r.once(seen, kChannel, key);
        if (key == "type")
            return r.once(seen, kType, key) && r.plainString(v, key, type);
        if (key == "data") {
            if (!r.once(seen, kData, key))
                return false;
            if (trades)
                return r.forEachObject(v, key, [&](object &obj) { return readTrade(r, obj); });
            if (ohlc)
                return r.forEachObject(v, key, [&](object &obj) { return readOhlc(r, obj); });
            if (status)
                return r.forEachObject(v, key, [&](object &obj) { return readStatus(r, obj, system); });
            return true;
        }
        if (key == "method")
            return r.once(seen, kMethod, key) && r.plainString(v, key, method);
        if (key == "success")
            return r.once(seen, kSuccess, key) && r.boolean(v, key, success);
        if (key == "error")
            return r.once(seen, kError, key) && r.text(v, key, error);
        if (key == "req_id")
            return r.once(seen, kReqId, key) && r.scalarText(v, key, reqId);
        if (key == "timestamp")
            return r.once(seen, kTimestamp, key) && r.plainString(v, key, timestamp);
        if (key == "result") {
            object result;
            return r.once(seen, kResult, key) && r.object(v, key, result)
                && r.forEachField(result, [&](std::string_view field, value &fv) {
                       return field == "channel" ? r.plainString(fv, field, resultChannel) : true;
                   });
        }
        return true; // time_in, time_out, warnings
    });
    if (!read)
        return;

    if (trades || ohlc) {
        r.out().setSnapshot(type == "snapshot");
        qint64 updateTime = -1;
        if (!timestamp.empty()) {
            const std::optional<qint64> parsed = parseRfc3339Ms(timestamp);
            if (!parsed || !r.time(*parsed, "update timestamp")) {
                if (!parsed)
                    r.fail(ParseErrorKind::BadTimestamp, QStringLiteral("update timestamp '%1' is not an RFC 3339 time").arg(excerpt(timestamp)));
                return;
            }
            updateTime = *parsed;
        }
        for (CandleUpdate &c : r.out().mutableCandles())
            c.eventTimeMs = updateTime;
        if (!has(seen, kData))
            r.missing("'data'");
        else if (r.out().trades().empty() && r.out().candles().empty())
            r.ignore("empty data");
    } else if (channel == "heartbeat") {
        r.out().setControl(ControlKind::Heartbeat);
    } else if (status) {
        r.out().setControl(ControlKind::Welcome).message = system;
    } else if (hasChannel) {
        r.ignore(channel);
    } else if (method == "pong") {
        r.out().setControl(ControlKind::Pong).requestId = r.latin1(reqId);
    } else if ((method == "subscribe" || method == "unsubscribe") && success) {
        ControlEvent &control = r.out().setControl(ControlKind::Ack);
        control.requestId = r.latin1(reqId);
        control.message = r.latin1(resultChannel);
    } else if (has(seen, kSuccess) && !success) {
        ControlEvent &control = r.out().setControl(ControlKind::ExchangeError);
        control.requestId = r.latin1(reqId);
        control.message = r.latin1(error);
    } else {
        r.ignore(method.empty() ? std::string_view("message without channel or method") : method);
    }
}

bool KrakenAdapter::readKlines(detail::RestReader &r, std::vector<detail::RawKlineRow> &rows, KlinePage &page)
{
    object root;
    if (!r.rootObject(root))
        return false;
    QStringList errors;
    bool sawResult = false;
    int pairs = 0;
    int index = 0;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "error") {
            return r.forEachElement(v, key, [&](value &e) {
                std::string_view text;
                if (!r.text(e, key, text))
                    return false;
                errors.append(r.utf8(text));
                return true;
            });
        }
        if (key != "result")
            return true;
        sawResult = true;
        object result;
        return r.object(v, key, result) && r.forEachField(result, [&](std::string_view pair, value &pv) {
            if (pair == "last")
                return r.integer(pv, pair, page.nextSince);
            // The one other key is the pair, under its legacy name ("XXBTZUSD").
            if (++pairs > 1)
                return r.fail(ParseErrorKind::BadValue, QStringLiteral("more than one pair in the result"));
            page.pairKey = r.utf8(pair);
            // [time (s), open, high, low, close, vwap, volume, count], ascending; the last row is uncommitted
            return r.forEachElement(pv, pair, [&](value &row) {
                detail::RawKlineRow raw;
                raw.index = ++index;
                r.beginRow(raw.index);
                std::string_view f[7];
                const int count = r.scalarRow(row, f, 7);
                if (count >= 0 && count < 7)
                    r.fail(ParseErrorKind::MissingField, QStringLiteral("%1 fields, expected 8").arg(count));
                else if (count >= 7)
                    r.candleFromText(raw.candle, f[0], 1000, f[1], f[2], f[3], f[4], f[6]);
                raw.problem = r.endRow();
                rows.push_back(std::move(raw));
                return !r.bodyFailed();
            });
        });
    });
    if (!read)
        return false;
    if (!errors.isEmpty())
        return r.fail(ParseErrorKind::BadValue, errors.join(QStringLiteral("; ")));
    return sawResult ? true : r.missing("result");
}

bool KrakenAdapter::readSymbolList(detail::RestReader &r, std::vector<detail::RawListing> &listings)
{
    object root;
    if (!r.rootObject(root))
        return false;
    return r.forEachField(root, [&](std::string_view key, value &v) {
        if (key != "result")
            return true;
        object result;
        return r.object(v, key, result) && r.forEachField(result, [&](std::string_view, value &entryValue) {
            object entry;
            if (!r.object(entryValue, "result.*", entry))
                return false;
            detail::RawListing listing;
            const bool ok = r.forEachField(entry, [&](std::string_view field, value &fv) {
                std::string_view text;
                if (field != "wsname" && field != "status")
                    return true;
                if (!r.text(fv, field, text))
                    return false;
                const QString s = r.utf8(text);
                if (field == "status") {
                    listing.trading = s == QLatin1String("online");
                } else {
                    // wsname "XBT/USD": v1 spelling; the v2 WebSocket and our symbols say BTC/USD.
                    const qsizetype slash = s.indexOf(QLatin1Char('/'));
                    if (slash > 0) {
                        listing.base = fromKrakenAsset(s.left(slash));
                        listing.quote = fromKrakenAsset(s.mid(slash + 1));
                        listing.native = listing.base + QLatin1Char('/') + listing.quote;
                    }
                }
                return true;
            });
            listings.push_back(std::move(listing));
            return ok;
        });
    });
}

} // namespace cl::market
