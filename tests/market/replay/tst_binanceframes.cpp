// binanceframes: the simulator's frames are byte-identical to Binance's (the constructed fixture tape),
// and what it writes parses with BinanceAdapter.

#include "market/binanceadapter.h"
#include "market/replay/binanceframes.h"
#include "market/replay/replayprotocol.h"
#include "market/replay/simulatedmarket.h"
#include "model/manualclock.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace cl;
namespace bf = market::binanceframes;

namespace {

constexpr qint64 kM0 = 1'709'294'400'000LL;

QList<QByteArray> lines(const QString &name)
{
    QList<QByteArray> frames;
    QString error;
    market::loadFrames(test::sharedDir() + QStringLiteral("/feeds/") + name, &frames, &error);
    return frames;
}

QByteArray restBody(const QByteArray &wrapped)
{
    const qsizetype at = wrapped.indexOf("\"body\":");
    return at < 0 ? QByteArray() : wrapped.mid(at + 7).chopped(1);
}

market::SimCandle candle(qint64 t, double o, double h, double l, double c, double v, qint64 f, qint64 last, int n, double q,
                         double takerBase, double takerQuote)
{
    market::SimCandle k;
    k.candle = {t, o, h, l, c, v};
    k.firstId = f;
    k.lastId = last;
    k.count = n;
    k.quoteVolume = q;
    k.takerBuyBase = takerBase;
    k.takerBuyQuote = takerQuote;
    return k;
}

} // namespace

class TestBinanceFrames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tradeEqualsBinanceBytes();
    void klineEqualsBinanceBytes();
    void klineRowsEqualBinanceRest();
    void combinedWrapsLikeBinance();
    void exchangeInfoParses();
    void errorIsBinanceShaped();
};

void TestBinanceFrames::initTestCase()
{
    if (test::sharedDir().isEmpty() || !QDir(test::sharedDir() + QStringLiteral("/feeds")).exists())
        QSKIP("shared feed fixtures not found (CL_SHARED_DIR)");
}

void TestBinanceFrames::tradeEqualsBinanceBytes()
{
    const QList<QByteArray> binance = lines(QStringLiteral("binance.jsonl"));
    QCOMPARE(bf::trade(QStringLiteral("BTCUSDT"), {3456789001, kM0 + 1234, 61234.56, 0.012, false}, 2), binance[5]);
    QCOMPARE(bf::trade(QStringLiteral("btcusdt"), {3456789003, kM0 + 7410, 61229.99, 0.25, true}, 2), binance[7]);
}

void TestBinanceFrames::klineEqualsBinanceBytes()
{
    const QList<QByteArray> binance = lines(QStringLiteral("binance.jsonl"));
    const market::SimCandle forming = candle(kM0, 61234.56, 61235.10, 61229.99, 61229.99, 0.2665, 3456789001, 3456789003, 3,
                                             16317.87017, 0.0165, 1010.37267);
    QCOMPARE(bf::kline(QStringLiteral("BTCUSDT"), forming, false, 1709294408000, 2), binance[8]);
    const market::SimCandle closed = candle(kM0, 61234.56, 61240.00, 61229.99, 61236.00, 0.4075, 3456789001, 3456789006, 6,
                                            24952.61877, 0.1165, 7134.37267);
    QCOMPARE(bf::kline(QStringLiteral("BTCUSDT"), closed, true, 1709294460012, 2), binance[13]);

    model::ManualClock clock(1'780'272'000'000LL);
    market::BinanceAdapter adapter(clock);
    const std::vector<model::Symbol> symbols = {*model::Symbol::parse(QStringLiteral("BTC/USDT"))};
    adapter.subscribeFrames(adapter.endpoints().front(), symbols);
    const market::ParsedFrame &parsed = adapter.parseFrame(bf::kline(QStringLiteral("BTCUSDT"), closed, true, 1709294460012, 2));
    QCOMPARE(parsed.kind(), market::FrameKind::Candles);
    QCOMPARE(parsed.candles().front().state, market::CandleState::Closed);
    QCOMPARE(parsed.candles().front().candle, closed.candle);
}

void TestBinanceFrames::klineRowsEqualBinanceRest()
{
    const QByteArray expected = restBody(lines(QStringLiteral("rest_klines.jsonl")).at(1));
    const std::vector<market::SimCandle> rows = {
        candle(kM0, 61234.56, 61240.00, 61229.99, 61236.00, 0.4075, 3456789001, 3456789006, 6, 24952.61877, 0.1165, 7134.37267),
        candle(kM0 + 60'000, 61237.50, 61241.05, 61237.50, 61241.05, 0.07, 3456789007, 3456789008, 2, 4286.696, 0.07, 4286.696)};
    QCOMPARE(bf::klineRows(rows, 2), expected);
    QCOMPARE(bf::klineRows({}, 2), QByteArray("[]"));
}

void TestBinanceFrames::combinedWrapsLikeBinance()
{
    const QList<QByteArray> binance = lines(QStringLiteral("binance.jsonl"));
    const QByteArray inner = bf::trade(QStringLiteral("BTCUSDT"), {3456789007, kM0 + 60'412, 61237.50, 0.05, false}, 2);
    QCOMPARE(bf::combined("btcusdt@trade", inner), binance[14]);
}

void TestBinanceFrames::exchangeInfoParses()
{
    std::vector<model::Symbol> symbols;
    for (const char *name : {"BTC/USDT", "DOGE/USDT", "ABC/BTC"})
        symbols.push_back(*model::Symbol::parse(QString::fromLatin1(name)));
    market::SimulatedMarket simulated(symbols, {}, 1'780'272'000'000LL);
    model::ManualClock clock(1'780'272'000'000LL);
    market::BinanceAdapter adapter(clock);
    const market::SymbolList list = adapter.parseSymbolList(bf::exchangeInfo(simulated, 1'780'272'000'000LL));
    QVERIFY2(list.ok, qPrintable(list.error));
    QCOMPARE(list.symbols.size(), size_t(3));
    for (size_t i = 0; i < symbols.size(); ++i) {
        QCOMPARE(list.symbols[i].symbol, symbols[i]);
        QVERIFY(list.symbols[i].trading);
    }
}

void TestBinanceFrames::errorIsBinanceShaped()
{
    QCOMPARE(bf::error(-1121, QStringLiteral("Invalid symbol.")), QByteArray("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"));
    QCOMPARE(bf::error(3, QStringLiteral("say \"hi\"")), QByteArray("{\"code\":3,\"msg\":\"say \\\"hi\\\"\"}"));
}

QTEST_GUILESS_MAIN(TestBinanceFrames)
#include "tst_binanceframes.moc"
