// Our trade CSV: every bad row named by line and reason; malformed, truncated, huge, NaN/negative, duplicates.
#include "portfolio/tradecsvreader.h"

#include <QBuffer>
#include <QTest>

using namespace cl::portfolio;

namespace {

const QByteArray kHeader = QByteArray(TradeCsvReader::kHeader) + '\n';
const QByteArray kGood = "1,BTC/USDT,long,2024-03-01T12:00:00Z,2024-03-02T08:30:00Z,60000,62000,0.5,3.2,59000,65000,fvg,1h\n";

TradeParseResult parse(const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return TradeCsvReader::read(buffer);
}

} // namespace

class TstTradeCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsClosedAndOpenTrades()
    {
        const auto r = parse(kHeader + kGood + "two,ETH/USDT,short,2024-03-03T00:00:00Z,,3500,,2,0,,,,\n");
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(r.rowsRead, 2);
        QCOMPARE(r.rowsInvalid, 0);
        QCOMPARE(r.trades.size(), size_t(2));
        const Trade &t = r.trades[0].trade;
        QCOMPARE(r.trades[0].line, 2);
        QCOMPARE(t.externalId, QStringLiteral("1"));
        QCOMPARE(t.symbol, QStringLiteral("BTC/USDT"));
        QCOMPARE(t.direction, Direction::Long);
        QCOMPARE(t.status, TradeStatus::Closed);
        QCOMPARE(t.fees, 3.2);
        QCOMPARE(*t.stopLoss, 59000.0);
        QCOMPARE(*t.takeProfit, 65000.0);
        QCOMPARE(t.patternType, QStringLiteral("fvg"));
        QCOMPARE(t.timeframe, QStringLiteral("1h"));
        QCOMPARE(t.fills.size(), size_t(2));
        QCOMPARE(t.fills[0].time, 1'709'294'400'000);
        QCOMPARE(t.fills[1].time, 1'709'368'200'000);
        QCOMPARE(t.fills[1].price, 62000.0);
        QCOMPARE(t.fills[1].quantity, 0.5);
        const Trade &open = r.trades[1].trade;
        QCOMPARE(open.status, TradeStatus::Open);
        QCOMPARE(open.fills.size(), size_t(1));
        QVERIFY(!open.stopLoss && open.patternType.isEmpty() && open.timeframe.isEmpty());
    }

    void acceptsCrlfBomBlankLinesAndSpaces()
    {
        QByteArray text = "\xEF\xBB\xBF" + kHeader + "\r\n" + kGood;
        text.replace("\n", "\r\n");
        text += "\r\n\r\n 2 , BTC/USDT , short , 2024-03-01T12:00:00Z , 2024-03-01T13:00:00Z , 1 , 2 , 1 , 0 , , , , \n";
        const auto r = parse(text);
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.rowsInvalid, 0);
        QCOMPARE(r.trades.size(), size_t(2));
        QCOMPARE(r.trades[1].line, 6);
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("too few columns") << QByteArray("1,BTC/USDT,long") << QStringLiteral("wrong column count: expected 13, found 3");
        QTest::newRow("too many columns") << QByteArray(kGood.trimmed() + ",x") << QStringLiteral("wrong column count: expected 13, found 14");
        QTest::newRow("truncated row") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,2024-03-02T08:30:00Z,600")
                                      << QStringLiteral("wrong column count");
        QTest::newRow("empty id") << QByteArray(",BTC/USDT,long,2024-03-01T12:00:00Z,,1,,1,0,,,,") << QStringLiteral("empty id");
        QTest::newRow("bad symbol") << QByteArray("1,btcusdt,long,2024-03-01T12:00:00Z,,1,,1,0,,,,") << QStringLiteral("bad symbol 'btcusdt'");
        QTest::newRow("bad direction") << QByteArray("1,BTC/USDT,buy,2024-03-01T12:00:00Z,,1,,1,0,,,,") << QStringLiteral("bad direction 'buy'");
        QTest::newRow("bad entry time") << QByteArray("1,BTC/USDT,long,01/03/2024,,1,,1,0,,,,") << QStringLiteral("invalid entry_time '01/03/2024'");
        QTest::newRow("time without zone") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00,,1,,1,0,,,,") << QStringLiteral("invalid entry_time");
        QTest::newRow("impossible date") << QByteArray("1,BTC/USDT,long,2023-02-29T12:00:00Z,,1,,1,0,,,,") << QStringLiteral("invalid entry_time");
        QTest::newRow("non-numeric price") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,abc,,1,0,,,,") << QStringLiteral("non-numeric entry_price 'abc'");
        QTest::newRow("comma decimal") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,\"1,5\",,1,0,,,,") << QStringLiteral("non-numeric entry_price");
        QTest::newRow("NaN price") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,nan,,1,0,,,,") << QStringLiteral("entry_price is NaN");
        QTest::newRow("inf quantity") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,1,,inf,0,,,,") << QStringLiteral("quantity 'inf' is infinite");
        QTest::newRow("overflow") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,1e999,,1,0,,,,") << QStringLiteral("infinite or out of range");
        QTest::newRow("negative price") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,-5,,1,0,,,,") << QStringLiteral("negative entry_price '-5'");
        QTest::newRow("zero quantity") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,0,0,,,,") << QStringLiteral("quantity is zero");
        QTest::newRow("negative quantity") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,-1,0,,,,") << QStringLiteral("negative quantity");
        QTest::newRow("negative exit price") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,2024-03-02T12:00:00Z,5,-6,1,0,,,,") << QStringLiteral("negative exit_price");
        QTest::newRow("zero stop") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,1,0,0,,,") << QStringLiteral("stop_loss is zero");
        QTest::newRow("NaN take profit") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,1,0,,NaN,,") << QStringLiteral("take_profit is NaN");
        QTest::newRow("negative fees") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,1,-1,,,,") << QStringLiteral("negative fees");
        QTest::newRow("missing fees") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,1,,,,,") << QStringLiteral("non-numeric fees ''");
        QTest::newRow("exit before entry") << QByteArray("1,BTC/USDT,long,2024-03-02T12:00:00Z,2024-03-01T12:00:00Z,5,6,1,0,,,,")
                                          << QStringLiteral("exit_time 2024-03-01T12:00:00Z is before entry_time 2024-03-02T12:00:00Z");
        QTest::newRow("exit time only") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,2024-03-02T12:00:00Z,5,,1,0,,,,") << QStringLiteral("exit_time without exit_price");
        QTest::newRow("exit price only") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,6,1,0,,,,") << QStringLiteral("exit_price without exit_time");
        QTest::newRow("bad timeframe") << QByteArray("1,BTC/USDT,long,2024-03-01T12:00:00Z,,5,,1,0,,,fvg,2d") << QStringLiteral("bad timeframe '2d'");
        QTest::newRow("unterminated quote") << QByteArray("1,\"BTC/USDT,long,2024-03-01T12:00:00Z,,5,,1,0,,,,") << QStringLiteral("unterminated quote");
        QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff\xfe,,,\x00", 8) << QStringLiteral("wrong column count");
    }
    void badRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        if (row.startsWith("1,"))
            row[0] = '5'; // its own id: the point is the other column
        const auto r = parse(kHeader + kGood + row + "\n" + QByteArray(kGood).replace("1,", "9,"));
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.rowsInvalid, 1);
        QCOMPARE(r.trades.size(), size_t(2)); // the valid rows around it are kept
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(r.problems[0].line, 3);
        QVERIFY2(r.problems[0].reason.contains(reason), qPrintable(r.problems[0].reason));
    }

    void repeatedIdIsAnErrorOnItsSecondLine()
    {
        const auto r = parse(kHeader + kGood + QByteArray(kGood).replace("1,", "2,") + kGood + kGood);
        QCOMPARE(r.trades.size(), size_t(2));
        QCOMPARE(r.rowsInvalid, 2);
        QCOMPARE(r.problems[0].line, 4);
        QCOMPARE(r.problems[0].reason, QStringLiteral("duplicate id '1' (first on line 2)"));
        QCOMPARE(r.problems[1].line, 5);
    }

    void repeatedIdOfAnInvalidRowIsStillARepeat()
    {
        const auto r = parse(kHeader + "7,BTC/USDT,long,bad,,1,,1,0,,,,\n" + QByteArray(kGood).replace("1,", "7,"));
        QCOMPARE(r.rowsInvalid, 2);
        QVERIFY(r.problems[1].reason.contains(QStringLiteral("duplicate id '7' (first on line 2)")));
    }

    void headerProblemsAreFatal_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("only blank lines") << QByteArray("\n\n\n") << QStringLiteral("the file is empty");
        QTest::newRow("candle header") << QByteArray("timestamp,open,high,low,close,volume\n") << QStringLiteral("header must be");
        QTest::newRow("reordered columns") << QByteArray("symbol,id,direction\n") << QStringLiteral("header must be");
        QTest::newRow("no header") << kGood << QStringLiteral("header must be");
    }
    void headerProblemsAreFatal()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto r = parse(text);
        QVERIFY2(r.fatalError.contains(reason), qPrintable(r.fatalError));
        QVERIFY(r.trades.empty());
    }

    void hugeLineIsRejectedWithoutBufferingIt()
    {
        QByteArray huge(5 * 1024 * 1024, 'x');
        const auto r = parse(kHeader + kGood + huge + "\n" + QByteArray(kGood).replace("1,", "3,"));
        QCOMPARE(r.rowsInvalid, 1);
        QCOMPARE(r.problems[0].line, 3);
        QVERIFY(r.problems[0].reason.contains(QStringLiteral("longer than")));
        QCOMPARE(r.trades.size(), size_t(2));
        QCOMPARE(r.trades[1].line, 4);
    }

    void hugeFileOfValidRows()
    {
        QByteArray text = kHeader;
        constexpr int kRows = 50'000;
        for (int i = 0; i < kRows; ++i)
            text += QByteArray::number(i) + ",BTC/USDT,long,2024-03-01T12:00:00Z,2024-03-01T13:00:00Z,100,101,1,0.1,99,,,\n";
        const auto r = parse(text);
        QCOMPARE(r.rowsInvalid, 0);
        QCOMPARE(r.trades.size(), size_t(kRows));
        QCOMPARE(r.trades.back().line, kRows + 1);
    }

    void truncatedLastLineWithoutNewline()
    {
        const auto r = parse(kHeader + kGood + "2,BTC/USDT,long,2024-03-01T12:00:00Z,,6");
        QCOMPARE(r.rowsInvalid, 1);
        QCOMPARE(r.problems[0].line, 3);
    }
};

QTEST_GUILESS_MAIN(TstTradeCsvReader)
#include "tst_tradecsvreader.moc"
