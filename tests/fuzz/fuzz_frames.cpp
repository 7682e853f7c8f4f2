// libFuzzer target for one exchange adapter's parsers (the exchange is CL_FUZZ_EXCHANGE, one executable per
// adapter; tests/fuzz/CMakeLists.txt). The first input byte picks the parser: WebSocket frame (0, 1),
// REST klines (2), symbol list or, for KuCoin, the connect token (3). Besides crashes and sanitizer
// findings, it aborts when a parser accepts something it must not pass on.

#include "market/binanceadapter.h"
#include "market/bybitadapter.h"
#include "market/candlecheck.h"
#include "market/coinbaseadapter.h"
#include "market/feedvalues.h"
#include "market/krakenadapter.h"
#include "market/kucoinadapter.h"
#include "market/okxadapter.h"
#include "model/manualclock.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <string_view>

using namespace cl::market;

namespace {

constexpr qint64 kNowMs = 1'780'272'000'000LL; // 2026-06-01, as in the adapter tests
constexpr qint64 kLatestMs = kNowMs + ExchangeAdapter::kDefaultFutureToleranceMs;

const cl::model::ManualClock &fuzzClock()
{
    static const cl::model::ManualClock clock(kNowMs);
    return clock;
}

std::unique_ptr<ExchangeAdapter> makeAdapter()
{
    const std::string_view exchange = CL_FUZZ_EXCHANGE;
    if (exchange == "binance")
        return std::make_unique<BinanceAdapter>(fuzzClock());
    if (exchange == "bybit")
        return std::make_unique<BybitAdapter>(fuzzClock());
    if (exchange == "okx")
        return std::make_unique<OkxAdapter>(fuzzClock());
    if (exchange == "coinbase")
        return std::make_unique<CoinbaseAdapter>(fuzzClock());
    if (exchange == "coinbase_exchange")
        return std::make_unique<CoinbaseAdapter>(fuzzClock(), CoinbaseAdapter::Api::Exchange);
    if (exchange == "kraken")
        return std::make_unique<KrakenAdapter>(fuzzClock());
    if (exchange == "kucoin")
        return std::make_unique<KucoinAdapter>(fuzzClock());
    std::fprintf(stderr, "unknown CL_FUZZ_EXCHANGE\n");
    std::abort();
}

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

bool positive(double value)
{
    return std::isfinite(value) && value > 0.0;
}

void verifyCandle(const cl::model::Candle &candle, qint64 intervalMs)
{
    // Alignment offsets differ per exchange (OKX UTC+8): checked by the adapters, not here.
    require(!checkCandle(candle, 0, 0, kLatestMs).has_value(), "an accepted candle fails checkCandle");
    require(intervalMs > 0, "candle without an interval");
}

void verifyFrame(const ExchangeAdapter &adapter, const ParsedFrame &frame)
{
    switch (frame.kind()) {
    case FrameKind::Error:
        require(frame.error().isError() && !frame.error().reason.isEmpty(), "error without a reason");
        require(frame.trades().empty() && frame.candles().empty(), "a rejected frame still carries data");
        require(frame.error().reason.size() < 2000, "an error reason quotes too much input");
        break;
    case FrameKind::Trades:
    case FrameKind::Candles:
        for (const MarketTrade &t : frame.trades()) {
            require(t.symbol >= 0 && t.symbol < adapter.symbols().size(), "trade symbol index out of range");
            require(positive(t.trade.price) && positive(t.trade.size), "trade with a bad price or size");
            require(t.trade.timestamp >= kEarliestMarketTimeMs && t.trade.timestamp <= kLatestMs, "trade time out of range");
            require(!t.trade.id.isEmpty(), "trade without an id");
            require(t.trade.side != cl::model::TakerSide::Unknown, "trade without a taker side");
        }
        for (const CandleUpdate &c : frame.candles()) {
            require(c.symbol >= 0 && c.symbol < adapter.symbols().size(), "candle symbol index out of range");
            verifyCandle(c.candle, c.intervalMs);
        }
        break;
    case FrameKind::Control:
        require(frame.control().kind != ControlKind::None, "control frame without a kind");
        break;
    case FrameKind::Ignored:
        break;
    }
}

void verifyKlines(const KlinePage &page)
{
    if (!page.ok) {
        require(!page.error.isEmpty(), "failed kline page without a reason");
        require(page.closed.empty() && page.forming.empty(), "failed kline page with candles");
        return;
    }
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const cl::model::Candle &c : page.closed) {
        verifyCandle(c, 60'000);
        require(c.openTime > previous, "closed candles not strictly ascending");
        require(c.openTime + 60'000 <= kNowMs, "a closed candle that has not ended");
        previous = c.openTime;
    }
    for (const cl::model::Candle &c : page.forming)
        verifyCandle(c, 60'000);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<ExchangeAdapter> adapter = makeAdapter(); // reused like a live connection's
    if (size == 0)
        return 0;
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 2:
        verifyKlines(adapter->parseKlines(body, 60'000, kNowMs));
        break;
    case 3:
        if (adapter->needsConnectToken()) {
            QString error;
            const auto token = adapter->parseConnectToken(body, &error);
            require(token ? !token->token.isEmpty() && !token->endpoint.isEmpty() && token->pingIntervalMs > 0 : !error.isEmpty(),
                    "token result inconsistent");
        } else {
            const SymbolList list = adapter->parseSymbolList(body);
            require(list.ok || !list.error.isEmpty(), "failed symbol list without a reason");
        }
        break;
    default:
        verifyFrame(*adapter, adapter->parseFrame(body));
        break;
    }
    return 0;
}
