// bench_feed_parse: trade frames parsed per second by each exchange adapter (one core), and QJsonDocument
// parsing the same Binance frames in the same run as the baseline (DESIGN.md, Benchmarks).
//   feed.parse_binance_frames_per_s   goal >= 1,000,000
//   feed.parse_vs_qjson               ratio, baseline QJsonDocument
//   feed.parse_<exchange>_frames_per_s for the other adapters

#include "benchsupport.h"

#include "market/binanceadapter.h"
#include "market/bybitadapter.h"
#include "market/coinbaseadapter.h"
#include "market/feedvalues.h"
#include "market/krakenadapter.h"
#include "market/kucoinadapter.h"
#include "market/okxadapter.h"
#include "model/manualclock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace cl;

namespace {

constexpr int kFrames = 200'000;
constexpr qint64 kStartMs = 1'709'294'400'000LL;
constexpr qint64 kNowMs = 1'780'272'000'000LL;

struct Tick
{
    qint64 time;
    qint64 id;
    QByteArray price;
    QByteArray size;
    bool buy;
};

// A deterministic random walk of ticks rendered by every exchange's frame template.
std::vector<Tick> makeTicks()
{
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 1.5);
    std::uniform_real_distribution<double> size(0.0001, 2.0);
    std::vector<Tick> ticks;
    ticks.reserve(kFrames);
    double price = 61234.56;
    for (int i = 0; i < kFrames; ++i) {
        price = std::max(1.0, price + step(rng));
        ticks.push_back({kStartMs + i * 7, 3'456'789'001LL + i, QByteArray::number(price, 'f', 2),
                         QByteArray::number(size(rng), 'f', 8), (rng() & 1) != 0});
    }
    return ticks;
}

QByteArray binanceFrame(const Tick &t)
{
    return "{\"e\":\"trade\",\"E\":" + QByteArray::number(t.time + 2) + ",\"s\":\"BTCUSDT\",\"t\":" + QByteArray::number(t.id)
        + ",\"p\":\"" + t.price + "\",\"q\":\"" + t.size + "\",\"T\":" + QByteArray::number(t.time) + ",\"m\":"
        + (t.buy ? "false" : "true") + ",\"M\":true}";
}

// "2024-03-01T12:00:01.234000Z": microsecond RFC 3339 as Coinbase and Kraken send it.
QByteArray rfc3339(qint64 ms)
{
    return market::formatUtcSeconds(ms).chopped(1).toLatin1() + '.' + QByteArray::number(ms % 1000).rightJustified(3, '0') + "000Z";
}

QByteArray bybitFrame(const Tick &t)
{
    return "{\"topic\":\"publicTrade.BTCUSDT\",\"ts\":" + QByteArray::number(t.time + 3) + ",\"type\":\"snapshot\",\"data\":[{\"T\":"
        + QByteArray::number(t.time) + ",\"s\":\"BTCUSDT\",\"S\":\"" + (t.buy ? "Buy" : "Sell") + "\",\"v\":\"" + t.size + "\",\"p\":\""
        + t.price + "\",\"i\":\"" + QByteArray::number(2290000000000000000LL + t.id) + "\",\"BT\":false,\"RPI\":false,\"seq\":"
        + QByteArray::number(52761234567LL + t.id) + "}]}";
}

QByteArray okxFrame(const Tick &t)
{
    return "{\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"},\"data\":[{\"instId\":\"BTC-USDT\",\"tradeId\":\""
        + QByteArray::number(t.id) + "\",\"px\":\"" + t.price + "\",\"sz\":\"" + t.size + "\",\"side\":\"" + (t.buy ? "buy" : "sell")
        + "\",\"ts\":\"" + QByteArray::number(t.time) + "\",\"count\":\"1\",\"seqId\":" + QByteArray::number(38871234500LL + t.id) + "}]}";
}

QByteArray coinbaseFrame(const Tick &t)
{
    return "{\"channel\":\"market_trades\",\"client_id\":\"\",\"timestamp\":\"" + rfc3339(t.time + 40) + "\",\"sequence_num\":"
        + QByteArray::number(t.id) + ",\"events\":[{\"type\":\"update\",\"trades\":[{\"trade_id\":\"" + QByteArray::number(t.id)
        + "\",\"product_id\":\"BTC-USD\",\"price\":\"" + t.price + "\",\"size\":\"" + t.size + "\",\"side\":\""
        + (t.buy ? "BUY" : "SELL") + "\",\"time\":\"" + rfc3339(t.time) + "\"}]}]}";
}

QByteArray coinbaseExchangeFrame(const Tick &t)
{
    return "{\"type\":\"match\",\"trade_id\":" + QByteArray::number(t.id)
        + ",\"maker_order_id\":\"ac928c66-ca53-498f-9c13-a110027a60e8\",\"taker_order_id\":\"132fb6ae-456b-4654-b4e0-d681ac05cea1\",\"side\":\""
        + (t.buy ? "sell" : "buy") + "\",\"size\":\"" + t.size + "\",\"price\":\"" + t.price + "\",\"product_id\":\"BTC-USD\",\"sequence\":"
        + QByteArray::number(80512340000LL + t.id) + ",\"time\":\"" + rfc3339(t.time) + "\"}";
}

QByteArray krakenFrame(const Tick &t)
{
    return "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\"" + QByteArray(t.buy ? "buy" : "sell")
        + "\",\"price\":" + t.price + ",\"qty\":" + t.size + ",\"ord_type\":\"limit\",\"trade_id\":" + QByteArray::number(t.id)
        + ",\"timestamp\":\"" + rfc3339(t.time) + "\"}]}";
}

QByteArray kucoinFrame(const Tick &t)
{
    return "{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"subject\":\"trade.l3match\",\"data\":{\"sequence\":\""
        + QByteArray::number(11293847561000LL + t.id) + "\",\"type\":\"match\",\"symbol\":\"BTC-USDT\",\"side\":\"" + (t.buy ? "buy" : "sell")
        + "\",\"price\":\"" + t.price + "\",\"size\":\"" + t.size + "\",\"tradeId\":\"65e1c2" + QByteArray::number(t.id, 16).rightJustified(18, '0')
        + "\",\"takerOrderId\":\"65e1c2aa0000000000000000\",\"makerOrderId\":\"65e1c2bb0000000000000000\",\"time\":\""
        + QByteArray::number(t.time * 1'000'000 + 123456) + "\"}}";
}

struct Measured
{
    double framesPerSecond = 0.0;
    quint64 trades = 0;
};

Measured measure(const std::vector<QByteArray> &frames, const std::function<quint64(const QByteArray &)> &parse)
{
    quint64 trades = 0;
    const double ms = bench::medianMs(
        [&] {
            trades = 0;
            for (const QByteArray &frame : frames)
                trades += parse(frame);
        },
        5, 1);
    return {double(frames.size()) / (ms / 1000.0), trades};
}

Measured measureAdapter(market::ExchangeAdapter &adapter, const std::vector<QByteArray> &frames)
{
    return measure(frames, [&](const QByteArray &frame) -> quint64 {
        return adapter.parseFrame(frame).trades().size();
    });
}

// The baseline does the same work with Qt's parser: document, fields, decimal prices.
Measured measureQJson(const std::vector<QByteArray> &frames)
{
    return measure(frames, [](const QByteArray &frame) -> quint64 {
        const QJsonObject o = QJsonDocument::fromJson(frame).object();
        if (o.value(QLatin1String("e")).toString() != QLatin1String("trade"))
            return 0;
        model::Trade trade;
        trade.id = QString::number(o.value(QLatin1String("t")).toInteger());
        trade.price = o.value(QLatin1String("p")).toString().toDouble();
        trade.size = o.value(QLatin1String("q")).toString().toDouble();
        trade.timestamp = o.value(QLatin1String("T")).toInteger();
        trade.side = o.value(QLatin1String("m")).toBool() ? model::TakerSide::Sell : model::TakerSide::Buy;
        return trade.price > 0 && trade.size > 0 ? 1 : 0;
    });
}

} // namespace

int main()
{
    const model::ManualClock clock(kNowMs);
    const std::vector<Tick> ticks = makeTicks();

    std::vector<QByteArray> binance;
    for (const Tick &t : ticks)
        binance.push_back(binanceFrame(t));

    market::BinanceAdapter binanceAdapter(clock);
    const Measured simd = measureAdapter(binanceAdapter, binance);
    const Measured qjson = measureQJson(binance);
    std::fprintf(stderr, "binance: %.0f frames/s (%llu trades), QJsonDocument: %.0f frames/s\n", simd.framesPerSecond,
                 static_cast<unsigned long long>(simd.trades), qjson.framesPerSecond);
    if (simd.trades != binance.size() || qjson.trades != binance.size())
        std::fprintf(stderr, "warning: not every frame gave a trade\n");
    bench::report(QStringLiteral("feed.parse_binance_frames_per_s"), simd.framesPerSecond, QStringLiteral("frames/s"));
    bench::report(QStringLiteral("feed.parse_vs_qjson"), simd.framesPerSecond / qjson.framesPerSecond, QStringLiteral("x"),
                  QStringLiteral("QJsonDocument"));

    struct Other
    {
        const char *name;
        std::unique_ptr<market::ExchangeAdapter> adapter;
        QByteArray (*render)(const Tick &);
    };
    Other others[] = {{"bybit", std::make_unique<market::BybitAdapter>(clock), bybitFrame},
                      {"okx", std::make_unique<market::OkxAdapter>(clock), okxFrame},
                      {"coinbase", std::make_unique<market::CoinbaseAdapter>(clock), coinbaseFrame},
                      {"coinbase_exchange", std::make_unique<market::CoinbaseAdapter>(clock, market::CoinbaseAdapter::Api::Exchange),
                       coinbaseExchangeFrame},
                      {"kraken", std::make_unique<market::KrakenAdapter>(clock), krakenFrame},
                      {"kucoin", std::make_unique<market::KucoinAdapter>(clock), kucoinFrame}};
    for (Other &other : others) {
        std::vector<QByteArray> frames;
        frames.reserve(ticks.size());
        for (const Tick &t : ticks)
            frames.push_back(other.render(t));
        const Measured m = measureAdapter(*other.adapter, frames);
        std::fprintf(stderr, "%s: %.0f frames/s (%llu trades, %llu errors)\n", other.name, m.framesPerSecond,
                     static_cast<unsigned long long>(m.trades), static_cast<unsigned long long>(other.adapter->stats().errors));
        bench::report(QStringLiteral("feed.parse_%1_frames_per_s").arg(QLatin1String(other.name)), m.framesPerSecond,
                      QStringLiteral("frames/s"));
    }
    return 0;
}
