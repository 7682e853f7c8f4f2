// Binance's spot trade-history export: fills matched into trades per pair, FIFO; bad rows by line.
#include "portfolio/binancetradereader.h"
#include "portfolio/tradepnl.h"

#include <QBuffer>
#include <QTest>

using namespace cl::portfolio;

namespace {

const QByteArray kHeader = "\"Date(UTC)\",\"Pair\",\"Side\",\"Price\",\"Executed\",\"Amount\",\"Fee\"\n";

TradeParseResult parse(const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return BinanceTradeReader::read(buffer);
}

} // namespace

class TstBinanceTradeReader : public QObject
{
    Q_OBJECT

private slots:
    void matchesFillsIntoTradesNewestFirstFile()
    {
        // Newest first, as Binance writes it. BTC: buy 0.001 @ 62,000.50 (fee in BNB), buy 0.001 @ 64000
        // (fee 0.000001 BTC), sell 0.0015 @ 70000, sell 0.0005 @ 69000 -> one closed trade.
        // 1INCH: one buy, still open.
        const QByteArray text = kHeader
            + "\"2024-03-04 09:00:00\",\"BTCUSDT\",\"SELL\",\"69000\",\"0.00050000BTC\",\"34.5USDT\",\"0.0345USDT\"\n"
              "\"2024-03-03 10:00:00\",\"BTCUSDT\",\"SELL\",\"70000\",\"0.00150000BTC\",\"105USDT\",\"0.105USDT\"\n"
              "\"2024-03-02 11:00:00\",\"1INCHUSDT\",\"BUY\",\"0.51\",\"100.0001INCH\",\"51USDT\",\"0.1001INCH\"\n"
              "\"2024-03-01 13:00:00\",\"BTCUSDT\",\"BUY\",\"64000\",\"0.00100000BTC\",\"64USDT\",\"0.000001BTC\"\n"
              "\"2024-03-01 12:30:00\",\"BTCUSDT\",\"BUY\",\"62,000.50\",\"0.00100000BTC\",\"62.0005USDT\",\"0.0000015BNB\"\n";
        const auto r = parse(text);
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.rowsRead, 5);
        QCOMPARE(r.rowsInvalid, 0);
        QCOMPARE(r.trades.size(), size_t(2));

        const Trade &btc = r.trades[0].trade;
        QCOMPARE(r.trades[0].line, 6); // the first fill's line
        QCOMPARE(btc.symbol, QStringLiteral("BTC/USDT"));
        QCOMPARE(btc.externalId, QStringLiteral("binance-BTCUSDT-1709296200000"));
        QCOMPARE(btc.status, TradeStatus::Closed);
        QCOMPARE(btc.fills.size(), size_t(4));
        QCOMPARE(btc.fills[0].price, 62000.5);
        QCOMPARE(btc.fills[0].fee, 0.0);            // BNB: not valued
        QCOMPARE(btc.fills[1].fee, 0.000001 * 64000); // base asset valued at the fill price
        QCOMPARE(btc.fills[2].kind, FillKind::Exit);
        QCOMPARE(btc.fills[2].quantity, 0.0015);
        const TradeResult res = TradePnl::evaluate(btc);
        QVERIFY(res.closed);
        // FIFO: 0.001 @ 62000.5 and 0.0005 @ 64000 -> 70000, 0.0005 @ 64000 -> 69000.
        const double gross = (70000 - 62000.5) * 0.001 + (70000 - 64000) * 0.0005 + (69000 - 64000) * 0.0005;
        QVERIFY(std::fabs(res.pnl - (gross - 0.064 - 0.105 - 0.0345)) < 1e-9);

        const Trade &inch = r.trades[1].trade;
        QCOMPARE(inch.symbol, QStringLiteral("1INCH/USDT"));
        QCOMPARE(inch.status, TradeStatus::Open);
        QCOMPARE(inch.fills[0].quantity, 100.0);
        QCOMPARE(inch.fills[0].fee, 0.1 * 0.51);

        QCOMPARE(r.problems.size(), size_t(1));
        QVERIFY(r.problems[0].warning);
        QVERIFY(r.problems[0].reason.contains(QStringLiteral("fees paid in BNB")));
    }

    void aRoundTripPerFlatPosition()
    {
        const QByteArray text = kHeader
            + "2024-01-01 00:00:00,ETHUSDT,BUY,2000,1ETH,2000USDT,2USDT\n"
              "2024-01-02 00:00:00,ETHUSDT,SELL,2100,1ETH,2100USDT,2.1USDT\n"
              "2024-01-03 00:00:00,ETHUSDT,BUY,2050,2ETH,4100USDT,4.1USDT\n"
              "2024-01-04 00:00:00,ETHUSDT,SELL,2000,2ETH,4000USDT,4USDT\n";
        const auto r = parse(text);
        QCOMPARE(r.trades.size(), size_t(2));
        QCOMPARE(TradePnl::evaluate(r.trades[0].trade).pnl, 100.0 - 4.1);
        QCOMPARE(TradePnl::evaluate(r.trades[1].trade).pnl, -100.0 - 8.1);
        QVERIFY(r.trades[0].trade.externalId != r.trades[1].trade.externalId);
    }

    void sellsWithoutAPositionAreWarnings()
    {
        const QByteArray text = kHeader
            + "2024-01-01 00:00:00,ETHUSDT,SELL,2000,1ETH,2000USDT,2USDT\n"
              "2024-01-02 00:00:00,ETHUSDT,BUY,2000,1ETH,2000USDT,0USDT\n"
              "2024-01-03 00:00:00,ETHUSDT,SELL,2100,3ETH,6300USDT,6.3USDT\n";
        const auto r = parse(text);
        QCOMPARE(r.rowsInvalid, 0);
        QCOMPARE(r.trades.size(), size_t(1));
        QCOMPARE(r.trades[0].trade.exitQuantity(), 1.0);
        QCOMPARE(r.trades[0].trade.fills[1].fee, 2.1); // the fee of the part that closed the position
        QCOMPARE(r.problems.size(), size_t(2));
        QCOMPARE(r.problems[0].line, 2);
        QVERIFY(r.problems[0].warning && r.problems[0].reason.contains(QStringLiteral("without an open position")));
        QCOMPARE(r.problems[1].line, 4);
        QVERIFY(r.problems[1].reason.contains(QStringLiteral("excess is skipped")));
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong column count") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\"") << QStringLiteral("wrong column count: expected 7, found 3");
        QTest::newRow("bad date") << QByteArray("\"yesterday\",\"ETHUSDT\",\"BUY\",\"1\",\"1ETH\",\"1USDT\",\"0USDT\"") << QStringLiteral("invalid Date(UTC) 'yesterday'");
        QTest::newRow("unknown pair") << QByteArray("\"2024-01-01 00:00:00\",\"ETH-USDT\",\"BUY\",\"1\",\"1ETH\",\"1USDT\",\"0USDT\"") << QStringLiteral("unknown pair");
        QTest::newRow("bad side") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"HOLD\",\"1\",\"1ETH\",\"1USDT\",\"0USDT\"") << QStringLiteral("bad side 'HOLD'");
        QTest::newRow("NaN price") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"nan\",\"1ETH\",\"1USDT\",\"0USDT\"") << QStringLiteral("Price 'nan'");
        QTest::newRow("negative price") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"-3\",\"1ETH\",\"1USDT\",\"0USDT\"") << QStringLiteral("Price '-3' must be positive");
        QTest::newRow("zero executed") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"3\",\"0ETH\",\"1USDT\",\"0USDT\"") << QStringLiteral("must be positive");
        QTest::newRow("executed in the wrong asset") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"3\",\"1BTC\",\"1USDT\",\"0USDT\"") << QStringLiteral("is not in ETH");
        QTest::newRow("inf amount") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"3\",\"1ETH\",\"infUSDT\",\"0USDT\"") << QStringLiteral("Amount");
        QTest::newRow("negative fee") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"3\",\"1ETH\",\"3USDT\",\"-1USDT\"") << QStringLiteral("Fee");
        QTest::newRow("truncated") << QByteArray("\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"3\",\"1E") << QStringLiteral("unterminated quote");
    }
    void badRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const auto r = parse(kHeader + "2024-01-01 00:00:00,BTCUSDT,BUY,100,1BTC,100USDT,0USDT\n" + row + "\n");
        QCOMPARE(r.rowsInvalid, 1);
        QCOMPARE(r.problems[0].line, 3);
        QVERIFY(!r.problems[0].warning);
        QVERIFY2(r.problems[0].reason.contains(reason), qPrintable(r.problems[0].reason));
        QCOMPARE(r.trades.size(), size_t(1));
    }

    void headerMustBeBinances()
    {
        QVERIFY(parse("id,symbol,direction\n").fatalError.contains(QStringLiteral("Binance spot trade history")));
        QVERIFY(parse({}).fatalError.contains(QStringLiteral("empty")));
        // The unquoted spelling and a byte order mark are fine.
        QVERIFY(parse("\xEF\xBB\xBF" "Date(UTC),Pair,Side,Price,Executed,Amount,Fee\n").fatalError.isEmpty());
    }

    void hugeLine()
    {
        const auto r = parse(kHeader + QByteArray(1 << 20, ',') + "\n2024-01-01 00:00:00,BTCUSDT,BUY,100,1BTC,100USDT,0USDT\n");
        QCOMPARE(r.rowsInvalid, 1);
        QCOMPARE(r.trades.size(), size_t(1));
    }

    void duplicateRowsAreTwoFills()
    {
        // Binance has no fill id in this export: two identical rows are two fills of the same size.
        const QByteArray row = "2024-01-01 00:00:00,BTCUSDT,BUY,100,1BTC,100USDT,0USDT\n";
        const auto r = parse(kHeader + row + row);
        QCOMPARE(r.trades.size(), size_t(1));
        QCOMPARE(r.trades[0].trade.entryQuantity(), 2.0);
    }
};

QTEST_GUILESS_MAIN(TstBinanceTradeReader)
#include "tst_binancetradereader.moc"
