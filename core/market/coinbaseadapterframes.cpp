// CoinbaseAdapter's WebSocket frame parsing, one function per API (the rest is in coinbaseadapter.cpp).

#include "coinbaseadapter.h"

#include "feedvalues.h"
#include "framereader.h"

#include <algorithm>
#include <limits>

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

bool isObject(value &v)
{
    detail::od::json_type type;
    return v.type().get(type) == simdjson::SUCCESS && type == detail::od::json_type::object;
}

bool has(quint64 seen, int bit)
{
    return seen & (quint64(1) << bit);
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

// --- Advanced Trade ---

enum AtTradeKey { kAtId, kAtProduct, kAtPrice, kAtSize, kAtSide, kAtTime };

bool readAdvancedTrade(detail::FrameReader &r, object &obj)
{
    quint64 seen = 0;
    std::string_view id, product, price, size, side, time;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        if (key == "trade_id")
            return r.once(seen, kAtId, key) && r.scalarText(v, key, id);
        if (key == "product_id")
            return r.once(seen, kAtProduct, key) && r.plainString(v, key, product);
        if (key == "price")
            return r.once(seen, kAtPrice, key) && r.plainString(v, key, price);
        if (key == "size")
            return r.once(seen, kAtSize, key) && r.plainString(v, key, size);
        if (key == "side")
            return r.once(seen, kAtSide, key) && r.plainString(v, key, side);
        if (key == "time")
            return r.once(seen, kAtTime, key) && r.plainString(v, key, time);
        return true;
    });
    if (!read)
        return false;
    static constexpr std::pair<int, const char *> kRequired[] = {{kAtId, "trade_id"}, {kAtProduct, "product_id"},
                                                                 {kAtPrice, "price"},  {kAtSize, "size"},
                                                                 {kAtSide, "side"},    {kAtTime, "time"}};
    for (const auto &[bit, what] : kRequired) {
        if (!has(seen, bit))
            return r.missing(what);
    }
    MarketTrade &t = r.out().appendTrade();
    t.symbol = r.symbol(product);
    if (t.symbol < 0 || !r.tradeId(t, id, false) || !r.price(price, "trade price", t.trade.price)
        || !r.quantity(size, "trade size", t.trade.size) || !rfc3339(r, time, "trade time", t.trade.timestamp))
        return false;
    // Taker side, as cryptofeed reads it and as the fixture tape confirms (spec/feeds.md section 7).
    if (side == "BUY")
        t.trade.side = model::TakerSide::Buy;
    else if (side == "SELL")
        t.trade.side = model::TakerSide::Sell;
    else
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("side '%1' is neither BUY nor SELL").arg(excerpt(side)));
    return true;
}

bool readAdvancedCandle(detail::FrameReader &r, object &obj)
{
    std::string_view start, high, low, open, close, volume, product;
    const bool read = r.forEachField(obj, [&](std::string_view key, value &v) {
        std::string_view *target = key == "start" ? &start
            : key == "high"                       ? &high
            : key == "low"                        ? &low
            : key == "open"                       ? &open
            : key == "close"                      ? &close
            : key == "volume"                     ? &volume
            : key == "product_id"                 ? &product
                                                  : nullptr;
        return target ? r.plainString(v, key, *target) : true;
    });
    if (!read)
        return false;
    if (start.empty() || high.empty() || low.empty() || open.empty() || close.empty() || volume.empty() || product.empty())
        return r.missing("candle start/high/low/open/close/volume/product_id");
    CandleUpdate &c = r.out().appendCandle();
    c.symbol = r.symbol(product);
    c.intervalMs = CoinbaseAdapter::kAdvancedCandleMs;
    c.state = CandleState::Unflagged;
    const std::optional<qint64> seconds = parseInteger(start);
    if (!seconds || *seconds < 0 || *seconds > std::numeric_limits<qint64>::max() / 1000)
        return r.fail(ParseErrorKind::BadValue, QStringLiteral("candle start '%1' is not unix seconds").arg(excerpt(start)));
    c.candle.openTime = *seconds * 1000;
    return c.symbol >= 0 && r.price(open, "candle open", c.candle.open) && r.price(high, "candle high", c.candle.high)
        && r.price(low, "candle low", c.candle.low) && r.price(close, "candle close", c.candle.close)
        && r.volume(volume, "candle volume", c.candle.volume) && r.candle(c);
}

// Trades arrive newest first within an event: hand them on oldest first, as the aggregation expects.
// Reversed, the batch is already in order, so a stable insertion sort only confirms it (std::stable_sort
// would allocate a buffer on every frame).
void chronological(std::span<MarketTrade> trades)
{
    std::reverse(trades.begin(), trades.end());
    for (size_t i = 1; i < trades.size(); ++i) {
        for (size_t j = i; j > 0 && trades[j - 1].trade.timestamp > trades[j].trade.timestamp; --j)
            std::swap(trades[j - 1], trades[j]);
    }
}

enum AtKey { kChannel, kClientId, kTimestamp, kSequence, kType, kMessage, kEvents };

// --- Exchange ---

enum ExKey { kExType, kExTradeId, kExSequence, kExTime, kExProduct, kExSize, kExPrice, kExSide, kExLastTradeId,
             kExMessage, kExReason, kExChannels };

} // namespace

void CoinbaseAdapter::parseAdvancedFrame(detail::FrameReader &r)
{
    object root;
    std::string_view channel;
    bool hasChannel = false;
    if (!r.rootObject(root) || !r.peekString(root, "channel", channel, hasChannel))
        return;
    const bool trades = channel == "market_trades";
    const bool candles = channel == "candles";
    const bool heartbeats = channel == "heartbeats";
    const bool subscriptions = channel == "subscriptions";

    quint64 seen = 0;
    std::string_view timestamp, type, message;
    qint64 sequence = -1, counter = -1;
    bool snapshot = false;
    QStringList subscribed;
    const auto readEvent = [&](object &event) {
        const size_t firstTrade = r.out().trades().size();
        const bool ok = r.forEachField(event, [&](std::string_view key, value &v) {
            std::string_view text;
            if (key == "type") {
                if (!r.plainString(v, key, text))
                    return false;
                snapshot = snapshot || text == "snapshot";
                return true;
            }
            if (key == "trades" && trades)
                return r.forEachObject(v, key, [&](object &obj) { return readAdvancedTrade(r, obj); });
            if (key == "candles" && candles)
                return r.forEachObject(v, key, [&](object &obj) { return readAdvancedCandle(r, obj); });
            if (key == "heartbeat_counter" && heartbeats)
                return r.integerText(v, key, counter);
            if (key == "subscriptions" && subscriptions) {
                object map;
                return r.object(v, key, map) && r.forEachField(map, [&](std::string_view name, value &) {
                    subscribed.append(r.latin1(name));
                    return true;
                });
            }
            return true;
        });
        chronological(r.out().mutableTrades().subspan(firstTrade));
        return ok;
    };
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        std::string_view ignored;
        if (key == "channel")
            return r.once(seen, kChannel, key);
        if (key == "client_id")
            return r.once(seen, kClientId, key) && r.text(v, key, ignored);
        if (key == "timestamp")
            return r.once(seen, kTimestamp, key) && r.plainString(v, key, timestamp);
        if (key == "sequence_num")
            return r.once(seen, kSequence, key) && r.integer(v, key, sequence);
        if (key == "type")
            return r.once(seen, kType, key) && r.plainString(v, key, type);
        if (key == "message")
            return r.once(seen, kMessage, key) && r.text(v, key, message);
        if (key == "events") {
            if (!r.once(seen, kEvents, key))
                return false;
            return (trades || candles || heartbeats || subscriptions) ? r.forEachObject(v, key, readEvent) : true;
        }
        return true;
    });
    if (!read)
        return;
    qint64 serverTime = -1;
    if (!timestamp.empty() && !rfc3339(r, timestamp, "message timestamp", serverTime))
        return;
    r.out().setSequence(sequence);
    if (!hasChannel && type == "error") {
        r.out().setControl(ControlKind::ExchangeError).message = r.latin1(message);
    } else if (trades) {
        r.out().setSnapshot(snapshot);
        if (r.out().trades().empty())
            r.ignore("market_trades without trades");
    } else if (candles) {
        for (CandleUpdate &c : r.out().mutableCandles())
            c.eventTimeMs = serverTime;
        if (r.out().candles().empty())
            r.ignore("candles without candles");
    } else if (heartbeats) {
        ControlEvent &control = r.out().setControl(ControlKind::Heartbeat);
        control.counter = counter;
        control.serverTimeMs = serverTime;
    } else if (subscriptions) {
        subscribed.sort();
        r.out().setControl(ControlKind::Ack).message = subscribed.join(QLatin1Char(','));
    } else {
        r.ignore(hasChannel ? channel : std::string_view("message without a channel"));
    }
}

void CoinbaseAdapter::parseExchangeFrame(detail::FrameReader &r)
{
    object root;
    if (!r.rootObject(root))
        return;
    quint64 seen = 0;
    std::string_view type, time, product, size, price, side, message, reason;
    qint64 tradeId = -1, sequence = -1, lastTradeId = -1;
    QStringList channels;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "type")
            return r.once(seen, kExType, key) && r.plainString(v, key, type);
        if (key == "trade_id")
            return r.once(seen, kExTradeId, key) && r.integer(v, key, tradeId);
        if (key == "sequence")
            return r.once(seen, kExSequence, key) && r.integer(v, key, sequence);
        if (key == "time")
            return r.once(seen, kExTime, key) && r.plainString(v, key, time);
        if (key == "product_id")
            return r.once(seen, kExProduct, key) && r.plainString(v, key, product);
        if (key == "size")
            return r.once(seen, kExSize, key) && r.plainString(v, key, size);
        if (key == "price")
            return r.once(seen, kExPrice, key) && r.plainString(v, key, price);
        if (key == "side")
            return r.once(seen, kExSide, key) && r.plainString(v, key, side);
        if (key == "last_trade_id")
            return r.once(seen, kExLastTradeId, key) && r.integer(v, key, lastTradeId);
        if (key == "message")
            return r.once(seen, kExMessage, key) && r.text(v, key, message);
        if (key == "reason")
            return r.once(seen, kExReason, key) && r.text(v, key, reason);
        if (key == "channels") {
            return r.once(seen, kExChannels, key) && r.forEachElement(v, key, [&](value &channel) {
                std::string_view name;
                object obj;
                if (isObject(channel)) {
                    return r.object(channel, key, obj) && r.forEachField(obj, [&](std::string_view field, value &fv) {
                        if (field != "name")
                            return true;
                        if (!r.plainString(fv, field, name))
                            return false;
                        channels.append(r.latin1(name));
                        return true;
                    });
                }
                if (!r.plainString(channel, key, name))
                    return false;
                channels.append(r.latin1(name));
                return true;
            });
        }
        return true; // maker_order_id, taker_order_id
    });
    if (!read)
        return;

    if (type == "match" || type == "last_match") {
        static constexpr std::pair<int, const char *> kRequired[] = {
            {kExTradeId, "trade_id"}, {kExTime, "time"}, {kExProduct, "product_id"},
            {kExSize, "size"},        {kExPrice, "price"}, {kExSide, "side"}};
        for (const auto &[bit, what] : kRequired) {
            if (!has(seen, bit)) {
                r.missing(what);
                return;
            }
        }
        MarketTrade &t = r.out().appendTrade();
        t.symbol = r.symbol(product);
        if (t.symbol < 0 || !r.tradeId(t, tradeId) || !r.price(price, "trade price", t.trade.price)
            || !r.quantity(size, "trade size", t.trade.size) || !rfc3339(r, time, "trade time", t.trade.timestamp))
            return;
        // `side` is the MAKER's order side: the taker did the opposite.
        if (side == "buy")
            t.trade.side = model::TakerSide::Sell;
        else if (side == "sell")
            t.trade.side = model::TakerSide::Buy;
        else
            r.fail(ParseErrorKind::BadValue, QStringLiteral("side '%1' is neither buy nor sell").arg(excerpt(side)));
        t.firstId = tradeId;
        t.lastId = tradeId;
        // last_match repeats the latest trade on every (re)subscribe.
        r.out().setSnapshot(type == "last_match");
        r.out().setSequence(sequence);
    } else if (type == "heartbeat") {
        qint64 serverTime = -1;
        if (!time.empty() && !rfc3339(r, time, "heartbeat time", serverTime))
            return;
        ControlEvent &control = r.out().setControl(ControlKind::Heartbeat);
        control.serverTimeMs = serverTime;
        control.lastTradeId = lastTradeId;
        control.message = r.latin1(product);
    } else if (type == "subscriptions") {
        r.out().setControl(ControlKind::Ack).message = channels.join(QLatin1Char(','));
    } else if (type == "error") {
        ControlEvent &control = r.out().setControl(ControlKind::ExchangeError);
        control.message = reason.empty() ? r.latin1(message) : QString(r.latin1(message) + QStringLiteral(": ") + r.latin1(reason));
    } else {
        r.ignore(type.empty() ? std::string_view("message without a type") : type);
    }
}

} // namespace cl::market
