#include "analysis/indicators.h"
#include "analysis/indicatorset.h"
#include "testsupport.h"

#include <QTest>

using cl::analysis::IndicatorSet;

class TstIndicatorSet : public QObject
{
    Q_OBJECT

private slots:
    void namesFollowTheCliContract()
    {
        QString error;
        const auto set = IndicatorSet::parse(
            QStringLiteral("rsi:14,atr:14,ema:20,sma:20,macd:12:26:9,bb:20:2:2,volsma:20"), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->columnNames(),
            QStringList({QStringLiteral("rsi14"), QStringLiteral("atr14"), QStringLiteral("ema20"),
                QStringLiteral("sma20"), QStringLiteral("macd"), QStringLiteral("macd_signal"),
                QStringLiteral("macd_hist"), QStringLiteral("bb_upper"), QStringLiteral("bb_mid"),
                QStringLiteral("bb_lower"), QStringLiteral("volsma20")}));
    }

    void bareNamesTakeDefaults()
    {
        const auto set = IndicatorSet::parse(QStringLiteral("rsi, ema, macd, bb"), nullptr);
        QVERIFY(set);
        QCOMPARE(set->columnNames().first(), QStringLiteral("rsi14"));
        QCOMPARE(set->requests()[2].periods, (std::vector<int>{12, 26, 9}));
        QCOMPARE(set->requests()[3].kUp, 2.0);
    }

    void rejectsBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown") << QStringLiteral("rsi:14,foo:3") << QStringLiteral("unknown indicator");
        QTest::newRow("zero period") << QStringLiteral("sma:0") << QStringLiteral("period '0'");
        QTest::newRow("negative") << QStringLiteral("ema:-5") << QStringLiteral("period '-5'");
        QTest::newRow("not a number") << QStringLiteral("atr:x") << QStringLiteral("period 'x'");
        QTest::newRow("huge") << QStringLiteral("sma:999999999") << QStringLiteral("period '999999999'");
        QTest::newRow("macd too few") << QStringLiteral("macd:12:26") << QStringLiteral("expected 3 parameter");
        QTest::newRow("macd fast >= slow") << QStringLiteral("macd:26:12:9") << QStringLiteral("fast period");
        QTest::newRow("bb width NaN") << QStringLiteral("bb:20:nan:2") << QStringLiteral("band widths");
        QTest::newRow("twice") << QStringLiteral("rsi:14,rsi:14") << QStringLiteral("second time");
        QTest::newRow("two macds") << QStringLiteral("macd,macd:5:10:3") << QStringLiteral("second time");
        QTest::newRow("empty") << QStringLiteral(",") << QStringLiteral("at least one");
    }
    void rejectsBadSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!IndicatorSet::parse(spec, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void computesTheSameSeriesAsTheFunctions()
    {
        std::mt19937_64 rng(3);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, 500);
        const auto set = IndicatorSet::parse(QStringLiteral("macd:5:10:3,volsma:7,bb:9:1.5:2.5"), nullptr);
        QVERIFY(set);
        const auto columns = set->compute(candles);
        QCOMPARE(columns.size(), size_t(7));
        const auto closes = cl::analysis::closesOf(candles);
        const auto m = cl::analysis::macd(closes, 5, 10, 3);
        const auto bb = cl::analysis::bollinger(closes, 9, 1.5, 2.5);
        const auto vs = cl::analysis::sma(cl::analysis::volumesOf(candles), 7);
        for (size_t i = 20; i < candles.size(); ++i) {
            QCOMPARE(columns[0].values[i], m.macd[i]);
            QCOMPARE(columns[2].values[i], m.hist[i]);
            QCOMPARE(columns[3].values[i], vs[i]);
            QCOMPARE(columns[4].values[i], bb.upper[i]);
            QCOMPARE(columns[6].values[i], bb.lower[i]);
        }
    }
};

QTEST_APPLESS_MAIN(TstIndicatorSet)
#include "tst_indicatorset.moc"
