#include "coinbaseadapter.h"

#include "feedvalues.h"
#include "framereader.h"
#include "restreader.h"

namespace cl::market {

namespace {

using detail::od::object;
using detail::od::value;

bool isAdvanced(CoinbaseAdapter::Api api)
{
    return api == CoinbaseAdapter::Api::AdvancedTrade;
}

// {"message":"..."} or {"error":"...","message":"..."}: what both APIs answer instead of candles.
bool restError(detail::RestReader &r, object &root)
{
    std::string_view error, message;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "error")
            return r.text(v, key, error);
        if (key == "message")
            return r.text(v, key, message);
        return true;
    });
    if (!read)
        return false;
    return r.fail(ParseErrorKind::BadValue, QStringLiteral("error %1: %2").arg(r.utf8(error), r.utf8(message)));
}

} // namespace

CoinbaseAdapter::CoinbaseAdapter(const model::Clock &clock, Api api)
    : ExchangeAdapter(model::ExchangeId::Coinbase,
                      isAdvanced(api) ? QStringLiteral("coinbase") : QStringLiteral("coinbase-exchange"),
                      isAdvanced(api) ? QStringLiteral("https://api.coinbase.com")
                                      : QStringLiteral("https://api.exchange.coinbase.com"),
                      clock),
      m_api(api)
{
}

std::vector<Endpoint> CoinbaseAdapter::endpoints() const
{
    if (isAdvanced(m_api))
        return {{QStringLiteral("advanced-trade"), endpointUrl(QStringLiteral("wss://advanced-trade-ws.coinbase.com")),
                 {Channel::Trades}}};
    return {{QStringLiteral("exchange"), endpointUrl(QStringLiteral("wss://ws-feed.exchange.coinbase.com")),
             {Channel::Trades}}};
}

QByteArray CoinbaseAdapter::productList(std::span<const model::Symbol> symbols)
{
    QList<QByteArray> products;
    for (const model::Symbol &symbol : symbols) {
        registerSymbol(symbol);
        products.append(nativeSymbol(symbol).toLatin1());
    }
    return "[\"" + products.join("\",\"") + "\"]";
}

std::vector<QByteArray> CoinbaseAdapter::subscribeFrames(const Endpoint &, std::span<const model::Symbol> symbols)
{
    if (symbols.empty())
        return {};
    const QByteArray products = productList(symbols);
    if (isAdvanced(m_api)) {
        // One channel per message; without the heartbeats channel quiet subscriptions close in 60-90 s.
        return {"{\"type\":\"subscribe\",\"product_ids\":" + products + ",\"channel\":\"market_trades\"}",
                QByteArray("{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}")};
    }
    return {"{\"type\":\"subscribe\",\"product_ids\":" + products + ",\"channels\":[\"matches\",\"heartbeat\"]}"};
}

std::vector<QByteArray> CoinbaseAdapter::unsubscribeFrames(const Endpoint &, std::span<const model::Symbol> symbols)
{
    if (symbols.empty())
        return {};
    const QByteArray products = productList(symbols);
    // The heartbeats channel stays: it keeps the remaining subscriptions open.
    if (isAdvanced(m_api))
        return {"{\"type\":\"unsubscribe\",\"product_ids\":" + products + ",\"channel\":\"market_trades\"}"};
    return {"{\"type\":\"unsubscribe\",\"product_ids\":" + products + ",\"channels\":[\"matches\",\"heartbeat\"]}"};
}

SubscribeLimits CoinbaseAdapter::subscribeLimits() const
{
    SubscribeLimits limits;
    if (isAdvanced(m_api)) {
        limits.minMessageIntervalMs = 2; // 750 requests/s
    } else {
        limits.minMessageIntervalMs = 10; // 100 client messages/s
        limits.maxConnectsPerWindow = 8;  // 8 per second and IP (burst 20)
        limits.connectWindowMs = 1'000;
        limits.subscribeDeadlineMs = 5'000;
    }
    return limits;
}

KeepAlive CoinbaseAdapter::keepAlive() const
{
    // Both APIs send a heartbeat every second once subscribed: ten silent seconds mean a dead connection.
    return {KeepAlive::Ping::None, 0, false, 10'000};
}

CandleCloseRule CoinbaseAdapter::candleCloseRule() const
{
    // No 1m candles on the WebSocket: the minute built from trades closes on the first later trade or when
    // the exchange's clock (heartbeats, message timestamps) is 2 s past it (trades are batched over 250 ms).
    return {false, false, 2'000};
}

RestLimits CoinbaseAdapter::restLimits() const
{
    RestLimits limits;
    limits.maxRowsPerRequest = isAdvanced(m_api) ? kAdvancedKlineLimit : kExchangeKlineLimit;
    limits.weightPerRequest = 1;
    limits.weightBudget = 10;
    limits.budgetWindowMs = 1'000;
    limits.newestFirst = true;
    limits.paging = RestLimits::Paging::Forward;
    return limits;
}

RestRequest CoinbaseAdapter::klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const
{
    const int maxRows = isAdvanced(m_api) ? kAdvancedKlineLimit : kExchangeKlineLimit;
    const Window window = pageWindow(fromMs, toMs, maxRows, RestLimits::Paging::Forward);
    RestRequest request;
    if (window.rows == 0)
        return request;
    // start and end are both inclusive candle start times (rest_klines.jsonl lines 5 and 6).
    if (isAdvanced(m_api)) {
        request.url = QStringLiteral("%1/api/v3/brokerage/market/products/%2/candles?start=%3&end=%4&granularity=ONE_MINUTE")
                          .arg(restBaseUrl(), restSymbol(symbol))
                          .arg(window.fromMs / 1000)
                          .arg(window.toMs / 1000);
    } else {
        request.url = QStringLiteral("%1/products/%2/candles?granularity=60&start=%3&end=%4")
                          .arg(restBaseUrl(), restSymbol(symbol), formatUtcSeconds(window.fromMs),
                               formatUtcSeconds(window.toMs));
    }
    request.coveredFromMs = window.fromMs;
    request.coveredToMs = window.toMs;
    return request;
}

RestRequest CoinbaseAdapter::symbolListRequest() const
{
    RestRequest request;
    request.url = isAdvanced(m_api) ? QStringLiteral("%1/api/v3/brokerage/market/products?product_type=SPOT").arg(restBaseUrl())
                                    : QStringLiteral("%1/products").arg(restBaseUrl());
    return request;
}

void CoinbaseAdapter::parseJsonFrame(detail::FrameReader &reader)
{
    if (isAdvanced(m_api))
        parseAdvancedFrame(reader);
    else
        parseExchangeFrame(reader);
}

bool CoinbaseAdapter::readKlines(detail::RestReader &r, std::vector<detail::RawKlineRow> &rows, KlinePage &)
{
    int index = 0;
    if (!isAdvanced(m_api)) {
        detail::od::json_type type;
        if (r.document().type().get(type) != simdjson::SUCCESS)
            return r.malformed(simdjson::TAPE_ERROR);
        if (type == detail::od::json_type::object) {
            object root;
            return r.rootObject(root) && restError(r, root);
        }
        detail::od::array list;
        if (!r.rootArray(list))
            return false;
        // [time (s), LOW, HIGH, open, close, volume] as JSON numbers, newest first
        for (auto item : list) {
            value row;
            if (!r.element(std::move(item), row))
                return false;
            detail::RawKlineRow raw;
            raw.index = ++index;
            r.beginRow(raw.index);
            std::string_view f[6];
            const int count = r.scalarRow(row, f, 6);
            if (count >= 0 && count < 6)
                r.fail(ParseErrorKind::MissingField, QStringLiteral("%1 fields, expected 6").arg(count));
            else if (count >= 6)
                r.candleFromText(raw.candle, f[0], 1000, f[3], f[2], f[1], f[4], f[5]);
            raw.problem = r.endRow();
            if (r.bodyFailed())
                return false;
            rows.push_back(std::move(raw));
        }
        return true;
    }

    object root;
    if (!r.rootObject(root))
        return false;
    bool sawCandles = false;
    bool sawError = false;
    const bool read = r.forEachField(root, [&](std::string_view key, value &v) {
        if (key == "error" || key == "message")
            sawError = true;
        if (key != "candles")
            return true;
        sawCandles = true;
        // {"start": seconds, "low", "high", "open", "close", "volume"} as strings, newest first
        return r.forEachElement(v, key, [&](value &element) {
            detail::RawKlineRow raw;
            raw.index = ++index;
            r.beginRow(raw.index);
            std::string_view start, low, high, open, close, volume;
            object obj;
            if (r.object(element, "candles[]", obj)) {
                const bool ok = r.forEachField(obj, [&](std::string_view field, value &fv) {
                    std::string_view *target = field == "start" ? &start
                        : field == "low"                        ? &low
                        : field == "high"                       ? &high
                        : field == "open"                       ? &open
                        : field == "close"                      ? &close
                        : field == "volume"                     ? &volume
                                                                : nullptr;
                    return target ? r.scalarText(fv, field, *target) : true;
                });
                if (ok && (start.empty() || low.empty() || high.empty() || open.empty() || close.empty() || volume.empty()))
                    r.fail(ParseErrorKind::MissingField, QStringLiteral("a candle lacks start/low/high/open/close/volume"));
                else if (ok)
                    r.candleFromText(raw.candle, start, 1000, open, high, low, close, volume);
            }
            raw.problem = r.endRow();
            rows.push_back(std::move(raw));
            return !r.bodyFailed();
        });
    });
    if (!read)
        return false;
    if (!sawCandles && sawError) {
        r.rewind(root);
        return restError(r, root);
    }
    return sawCandles ? true : r.missing("candles");
}

bool CoinbaseAdapter::readSymbolList(detail::RestReader &r, std::vector<detail::RawListing> &listings)
{
    const bool advanced = isAdvanced(m_api);
    const auto readProduct = [&](object &entry) {
        detail::RawListing listing;
        bool disabled = false;
        bool online = true;
        const bool ok = r.forEachField(entry, [&](std::string_view field, value &fv) {
            if (field == "trading_disabled")
                return r.boolean(fv, field, disabled);
            const bool wanted = advanced ? (field == "product_id" || field == "base_currency_id" || field == "quote_currency_id")
                                         : (field == "id" || field == "base_currency" || field == "quote_currency");
            if (!wanted && field != "status")
                return true;
            std::string_view text;
            if (!r.text(fv, field, text))
                return false;
            const QString s = r.utf8(text);
            if (field == "status")
                online = s == QLatin1String("online");
            else if (field == "product_id" || field == "id")
                listing.native = s;
            else if (field.starts_with("base"))
                listing.base = s;
            else
                listing.quote = s;
            return true;
        });
        listing.trading = online && !disabled;
        listings.push_back(std::move(listing));
        return ok;
    };
    if (!advanced) {
        detail::od::array list;
        if (!r.rootArray(list))
            return false;
        for (auto item : list) {
            value element;
            object entry;
            if (!r.element(std::move(item), element) || !r.object(element, "products[]", entry) || !readProduct(entry))
                return false;
        }
        return true;
    }
    object root;
    if (!r.rootObject(root))
        return false;
    return r.forEachField(root, [&](std::string_view key, value &v) {
        return key == "products" ? r.forEachObject(v, key, readProduct) : true;
    });
}

} // namespace cl::market
