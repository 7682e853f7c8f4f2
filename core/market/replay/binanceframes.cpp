#include "binanceframes.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cl::market::binanceframes {

namespace {

// Binance prints every price and size with 8 decimals.
void appendDecimal(QByteArray &out, double value)
{
    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%.8f", value);
    out.append(buffer, n);
}

void appendQuoted(QByteArray &out, double value)
{
    out.append('"');
    appendDecimal(out, value);
    out.append('"');
}

QByteArray upper(const QString &native)
{
    return native.toUpper().toLatin1();
}

} // namespace

QByteArray trade(const QString &native, const SimTrade &t, int)
{
    QByteArray out;
    out.reserve(160);
    out.append("{\"e\":\"trade\",\"E\":").append(QByteArray::number(t.time + 2));
    out.append(",\"s\":\"").append(upper(native)).append("\",\"t\":").append(QByteArray::number(t.id));
    out.append(",\"p\":");
    appendQuoted(out, t.price);
    out.append(",\"q\":");
    appendQuoted(out, t.size);
    out.append(",\"T\":").append(QByteArray::number(t.time));
    out.append(t.buyerIsMaker ? ",\"m\":true,\"M\":true}" : ",\"m\":false,\"M\":true}");
    return out;
}

QByteArray kline(const QString &native, const SimCandle &k, bool closed, qint64 eventTime, int)
{
    const QByteArray symbol = upper(native);
    QByteArray out;
    out.reserve(400);
    out.append("{\"e\":\"kline\",\"E\":").append(QByteArray::number(eventTime));
    out.append(",\"s\":\"").append(symbol).append("\",\"k\":{\"t\":").append(QByteArray::number(k.candle.openTime));
    out.append(",\"T\":").append(QByteArray::number(k.candle.openTime + 59'999));
    out.append(",\"s\":\"").append(symbol).append("\",\"i\":\"1m\",\"f\":").append(QByteArray::number(k.firstId));
    out.append(",\"L\":").append(QByteArray::number(k.lastId));
    out.append(",\"o\":");
    appendQuoted(out, k.candle.open);
    out.append(",\"c\":");
    appendQuoted(out, k.candle.close);
    out.append(",\"h\":");
    appendQuoted(out, k.candle.high);
    out.append(",\"l\":");
    appendQuoted(out, k.candle.low);
    out.append(",\"v\":");
    appendQuoted(out, k.candle.volume);
    out.append(",\"n\":").append(QByteArray::number(k.count));
    out.append(closed ? ",\"x\":true" : ",\"x\":false");
    out.append(",\"q\":");
    appendQuoted(out, k.quoteVolume);
    out.append(",\"V\":");
    appendQuoted(out, k.takerBuyBase);
    out.append(",\"Q\":");
    appendQuoted(out, k.takerBuyQuote);
    out.append(",\"B\":\"0\"}}");
    return out;
}

QByteArray combined(const QByteArray &streamName, const QByteArray &payload)
{
    QByteArray out;
    out.reserve(payload.size() + streamName.size() + 24);
    out.append("{\"stream\":\"").append(streamName).append("\",\"data\":").append(payload).append('}');
    return out;
}

QByteArray klineRows(const std::vector<SimCandle> &rows, int)
{
    QByteArray out;
    out.reserve(qsizetype(rows.size()) * 200 + 2);
    out.append('[');
    for (size_t i = 0; i < rows.size(); ++i) {
        const SimCandle &k = rows[i];
        if (i > 0)
            out.append(',');
        out.append('[').append(QByteArray::number(k.candle.openTime)).append(',');
        appendQuoted(out, k.candle.open);
        out.append(',');
        appendQuoted(out, k.candle.high);
        out.append(',');
        appendQuoted(out, k.candle.low);
        out.append(',');
        appendQuoted(out, k.candle.close);
        out.append(',');
        appendQuoted(out, k.candle.volume);
        out.append(',').append(QByteArray::number(k.candle.openTime + 59'999)).append(',');
        appendQuoted(out, k.quoteVolume);
        out.append(',').append(QByteArray::number(k.count)).append(',');
        appendQuoted(out, k.takerBuyBase);
        out.append(',');
        appendQuoted(out, k.takerBuyQuote);
        out.append(",\"0\"]");
    }
    out.append(']');
    return out;
}

QByteArray exchangeInfo(const SimulatedMarket &market, qint64 serverTime)
{
    QByteArray out("{\"timezone\":\"UTC\",\"serverTime\":");
    out.append(QByteArray::number(serverTime));
    out.append(",\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,"
               "\"limit\":6000}],\"exchangeFilters\":[],\"symbols\":[");
    for (int i = 0; i < market.symbolCount(); ++i) {
        const model::Symbol &symbol = market.symbol(i);
        if (i > 0)
            out.append(',');
        const int decimals = market.priceDecimals(i);
        QByteArray tick("0.");
        tick.append(QByteArray(8, '0'));
        if (decimals == 0)
            tick = "1.00000000";
        else
            tick[1 + decimals] = '1';
        out.append("{\"symbol\":\"").append((symbol.base() + symbol.quote()).toLatin1());
        out.append("\",\"status\":\"TRADING\",\"baseAsset\":\"").append(symbol.base().toLatin1());
        out.append("\",\"baseAssetPrecision\":8,\"quoteAsset\":\"").append(symbol.quote().toLatin1());
        out.append("\",\"quotePrecision\":8,\"quoteAssetPrecision\":8,\"orderTypes\":[\"LIMIT\",\"MARKET\"],"
                   "\"isSpotTradingAllowed\":true,\"isMarginTradingAllowed\":false,\"filters\":[{\"filterType\":"
                   "\"PRICE_FILTER\",\"minPrice\":\"");
        out.append(tick).append("\",\"maxPrice\":\"1000000.00000000\",\"tickSize\":\"").append(tick);
        out.append("\"}],\"permissions\":[\"SPOT\"],\"permissionSets\":[[\"SPOT\"]]}");
    }
    out.append("]}");
    return out;
}

QByteArray error(int code, const QString &message)
{
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("msg"), message}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace cl::market::binanceframes
