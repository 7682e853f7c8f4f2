#include "analysis/atrstream.h"
#include "analysis/bollingerstream.h"
#include "analysis/emastream.h"
#include "analysis/macdstream.h"
#include "analysis/patternengine.h"
#include "analysis/rsistream.h"
#include "analysis/smastream.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using cl::model::Candle;
using cl::model::CandleSeries;
using cl::test::runCli;

namespace {

const QString kAllIndicators = QStringLiteral("rsi:14,atr:14,ema:20,sma:20,macd:12:26:9,bb:20:2:2,volsma:20");
constexpr qint64 kStart = 1'704'067'200'000;

CandleSeries hourly(quint64 seed, int count)
{
    std::mt19937_64 rng(seed);
    CandleSeries candles = cl::test::randomMinuteCandles(rng, kStart, count);
    // Stretch to 1h, with larger moves so that patterns of every type show up.
    for (size_t i = 0; i < candles.size(); ++i) {
        Candle &c = candles[i];
        c.openTime = kStart + qint64(i) * 3'600'000;
        const double base = 100.0;
        c.open = base + (c.open - base) * 3;
        c.close = base + (c.close - base) * 3;
        c.high = std::max({c.open, c.close, base + (c.high - base) * 3});
        c.low = std::min({c.open, c.close, base + (c.low - base) * 3});
    }
    return candles;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

// null inside the lookback, the value otherwise.
bool matches(const QJsonValue &json, double expected)
{
    if (std::isnan(expected))
        return json.isNull();
    return json.isDouble() && json.toDouble() == expected;
}

} // namespace

class TstAnalyzeCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void jsonHasTheCliFormat()
    {
        const CandleSeries candles = hourly(1, 400);
        const QString csv = m_dir.filePath(QStringLiteral("format.csv"));
        QVERIFY(cl::test::writeCandleCsv(csv, candles));
        const auto run = runCli({QStringLiteral("analyze"), QStringLiteral("--input"), csv,
            QStringLiteral("--timeframe"), QStringLiteral("1h"), QStringLiteral("--indicators"), kAllIndicators,
            QStringLiteral("--patterns"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(root.keys(),
            QStringList({QStringLiteral("candles"), QStringLiteral("indicators"), QStringLiteral("patterns"),
                QStringLiteral("timeframe")}));
        QCOMPARE(root.value(QStringLiteral("timeframe")).toString(), QStringLiteral("1h"));
        QCOMPARE(root.value(QStringLiteral("candles")).toInt(), 400);
        const QJsonObject indicators = root.value(QStringLiteral("indicators")).toObject();
        QCOMPARE(indicators.size(), 11);
        const QStringList keys{QStringLiteral("rsi14"), QStringLiteral("atr14"), QStringLiteral("ema20"),
            QStringLiteral("sma20"), QStringLiteral("macd"), QStringLiteral("macd_signal"), QStringLiteral("macd_hist"),
            QStringLiteral("bb_upper"), QStringLiteral("bb_mid"), QStringLiteral("bb_lower"),
            QStringLiteral("volsma20")};
        const QList<int> firstValid{14, 14, 19, 19, 33, 33, 33, 19, 19, 19, 19};
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const QJsonArray values = indicators.value(keys[k]).toArray();
            QCOMPARE(values.size(), 400);
            QVERIFY2(values[firstValid[k] - 1].isNull() && values[firstValid[k]].isDouble(), qPrintable(keys[k]));
        }
        // Keys appear in the order asked for, as in the spec's example.
        QVERIFY(run.out.indexOf(QStringLiteral("\"rsi14\"")) < run.out.indexOf(QStringLiteral("\"volsma20\"")));
        const QJsonArray patterns = root.value(QStringLiteral("patterns")).toArray();
        QVERIFY(patterns.size() > 5);
        const QStringList patternKeys{QStringLiteral("detected_at"), QStringLiteral("direction"),
            QStringLiteral("entry"), QStringLiteral("fill_pct"), QStringLiteral("status"), QStringLiteral("stop"),
            QStringLiteral("tp1"), QStringLiteral("tp2"), QStringLiteral("tp3"), QStringLiteral("type"),
            QStringLiteral("zone_high"), QStringLiteral("zone_low")};
        const QStringList typeOrder{
            QStringLiteral("fvg"), QStringLiteral("order_block"), QStringLiteral("liquidity_sweep")};
        qint64 previousTime = 0;
        int previousType = -1;
        for (const QJsonValue &value : patterns) {
            const QJsonObject p = value.toObject();
            QCOMPARE(p.keys(), patternKeys);
            const qint64 time = qint64(p.value(QStringLiteral("detected_at")).toDouble());
            const int type = int(typeOrder.indexOf(p.value(QStringLiteral("type")).toString()));
            QVERIFY(type >= 0);
            QVERIFY(time > previousTime || (time == previousTime && type > previousType));
            previousTime = time;
            previousType = type;
        }
    }

    void numbersHaveSeventeenDigits()
    {
        const CandleSeries candles = hourly(2, 60);
        const QString csv = m_dir.filePath(QStringLiteral("digits.csv"));
        QVERIFY(cl::test::writeCandleCsv(csv, candles));
        const auto run
            = runCli({QStringLiteral("analyze"), QStringLiteral("--input"), csv, QStringLiteral("--timeframe"),
                QStringLiteral("1h"), QStringLiteral("--indicators"), QStringLiteral("sma:3")});
        QCOMPARE(run.exitCode, 0);
        // (a + b + c) / 3 of random prices is never short: it is printed with 17 significant digits.
        const QRegularExpression seventeen(QStringLiteral("\\b\\d{3}\\.\\d{14}\\b"));
        QVERIFY2(seventeen.match(run.out).hasMatch(), qPrintable(run.out.left(300)));
        QVERIFY(run.out.contains(QStringLiteral("[null, null, ")));
    }

    // Candles fed one at a time through the streaming indicators and the live engine give exactly the
    // values and patterns `analyze` prints for the same file.
    void liveOneAtATimeEqualsAnalyze()
    {
        const CandleSeries candles = hourly(3, 1500);
        const QString csv = m_dir.filePath(QStringLiteral("live.csv"));
        QVERIFY(cl::test::writeCandleCsv(csv, candles));
        const auto run
            = runCli({QStringLiteral("analyze"), QStringLiteral("--input"), csv, QStringLiteral("--timeframe"),
                QStringLiteral("1h"), QStringLiteral("--indicators"), kAllIndicators, QStringLiteral("--patterns")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject ind = root.value(QStringLiteral("indicators")).toObject();
        auto series = [&](const char *name) { return ind.value(QLatin1String(name)).toArray(); };
        const QJsonArray rsi = series("rsi14"), atr = series("atr14"), ema = series("ema20"), sma = series("sma20"),
                         macd = series("macd"), signal = series("macd_signal"), hist = series("macd_hist"),
                         up = series("bb_upper"), mid = series("bb_mid"), lo = series("bb_lower"),
                         vol = series("volsma20");
        cl::analysis::RsiStream rsiS(14);
        cl::analysis::AtrStream atrS(14);
        cl::analysis::EmaStream emaS(20);
        cl::analysis::SmaStream smaS(20), volS(20);
        cl::analysis::MacdStream macdS(12, 26, 9);
        cl::analysis::BollingerStream bbS(20, 2, 2);
        cl::analysis::PatternEngine engine(cl::model::Timeframe::H1);
        for (size_t i = 0; i < candles.size(); ++i) {
            const Candle &c = candles[i];
            const qsizetype k = qsizetype(i);
            QVERIFY2(matches(rsi[k], rsiS.update(c.close)), qPrintable(QString::number(i)));
            QVERIFY(matches(atr[k], atrS.update(c)));
            QVERIFY(matches(ema[k], emaS.update(c.close)));
            QVERIFY(matches(sma[k], smaS.update(c.close)));
            QVERIFY(matches(vol[k], volS.update(c.volume)));
            const auto m = macdS.update(c.close);
            QVERIFY(matches(macd[k], m.macd) && matches(signal[k], m.signal) && matches(hist[k], m.hist));
            const auto b = bbS.update(c.close);
            QVERIFY(matches(up[k], b.upper) && matches(mid[k], b.mid) && matches(lo[k], b.lower));
            QVERIFY(engine.addCandle(c));
        }
        const QJsonArray patterns = root.value(QStringLiteral("patterns")).toArray();
        QCOMPARE(size_t(patterns.size()), engine.patterns().size());
        for (qsizetype k = 0; k < patterns.size(); ++k) {
            const QJsonObject json = patterns[k].toObject();
            const cl::model::Pattern &p = engine.patterns()[size_t(k)];
            QCOMPARE(json.value(QStringLiteral("type")).toString(), QLatin1String(cl::model::patternTypeCode(p.type)));
            QCOMPARE(json.value(QStringLiteral("direction")).toString(),
                QLatin1String(cl::model::directionCode(p.direction)));
            QCOMPARE(qint64(json.value(QStringLiteral("detected_at")).toDouble()), p.detectedAt);
            QCOMPARE(
                json.value(QStringLiteral("status")).toString(), QLatin1String(cl::model::patternStatusCode(p.status)));
            QVERIFY(matches(json.value(QStringLiteral("zone_low")), p.zoneLow));
            QVERIFY(matches(json.value(QStringLiteral("zone_high")), p.zoneHigh));
            QVERIFY(matches(json.value(QStringLiteral("fill_pct")), p.fillPct));
            QVERIFY(matches(json.value(QStringLiteral("entry")), p.levels.entry));
            QVERIFY(matches(json.value(QStringLiteral("stop")), p.levels.stop));
            QVERIFY(matches(json.value(QStringLiteral("tp1")), p.levels.tp1));
            QVERIFY(matches(json.value(QStringLiteral("tp2")), p.levels.tp2));
            QVERIFY(matches(json.value(QStringLiteral("tp3")), p.levels.tp3));
        }
    }

    void csvIsTheIndicatorTable()
    {
        const CandleSeries candles = hourly(4, 40);
        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        QVERIFY(cl::test::writeCandleCsv(csv, candles));
        const auto run
            = runCli({QStringLiteral("analyze"), QStringLiteral("--input"), csv, QStringLiteral("--timeframe"),
                QStringLiteral("1h"), QStringLiteral("--indicators"), QStringLiteral("rsi:14,macd:12:26:9"),
                QStringLiteral("--patterns"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 41);
        QCOMPARE(lines[0], QStringLiteral("timestamp,rsi14,macd,macd_signal,macd_hist"));
        QCOMPARE(lines[1], QString::number(kStart) + QStringLiteral(",,,,"));
        QVERIFY(!lines[15].section(QLatin1Char(','), 1, 1).isEmpty()); // rsi from index 14
        QVERIFY(lines[15].endsWith(QStringLiteral(",,,")));
        QCOMPARE(lines[34].split(QLatin1Char(',')).size(), 5);
        QVERIFY(!lines[34].endsWith(QLatin1Char(','))); // macd from index 33
        QVERIFY(!run.out.contains(QStringLiteral("fvg")));
    }

    void badInputIsReportedWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("why");
        const QByteArray header = "timestamp,open,high,low,close,volume\n";
        QTest::newRow("unsorted") << header + "1704070800000,1,2,0.5,1.5,1\n1704067200000,1,2,0.5,1.5,1\n"
                                  << QStringLiteral(":3: ") << QString();
        QTest::newRow("duplicate") << header + "1704067200000,1,2,0.5,1.5,1\n1704067200000,1,2,0.5,1.5,1\n"
                                   << QStringLiteral(":3: ") << QString();
        QTest::newRow("NaN") << header + "1704067200000,1,2,0.5,1.5,1\n1704070800000,nan,2,0.5,1.5,1\n"
                             << QStringLiteral(":3: ") << QString();
        QTest::newRow("negative") << header + "1704067200000,1,2,-0.5,1.5,1\n" << QStringLiteral(":2: ") << QString();
        QTest::newRow("truncated row") << header + "1704067200000,1,2,0.5\n"
                                       << QStringLiteral(":2: ") << QStringLiteral("column");
        QTest::newRow("not aligned to 1h") << header + "1704067260000,1,2,0.5,1.5,1\n"
                                           << QStringLiteral(":2: ") << QStringLiteral("aligned");
        QTest::newRow("bad header") << QByteArray("time,o,h,l,c,v\n") << QStringLiteral(":1: ")
                                    << QStringLiteral("header");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral(":") << QString();
    }
    void badInputIsReportedWithFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, why);
        const QString csv = m_dir.filePath(
            QStringLiteral("bad-%1.csv")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        QVERIFY(writeText(csv, text));
        const auto run = runCli({QStringLiteral("analyze"), QStringLiteral("--input"), csv,
            QStringLiteral("--timeframe"), QStringLiteral("1h"), QStringLiteral("--indicators"),
            QStringLiteral("rsi:14"), QStringLiteral("--patterns")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(csv + where), qPrintable(run.err));
        QVERIFY2(why.isEmpty() || run.err.contains(why), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void headerOnlyFileHasNoCandles()
    {
        const QString csv = m_dir.filePath(QStringLiteral("header-only.csv"));
        QVERIFY(writeText(csv, "timestamp,open,high,low,close,volume\n"));
        const auto run = runCli({QStringLiteral("analyze"), QStringLiteral("--input"), csv,
            QStringLiteral("--timeframe"), QStringLiteral("1h"), QStringLiteral("--indicators"),
            QStringLiteral("rsi:14"), QStringLiteral("--patterns")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("candles")).toInt(), 0);
        QVERIFY(root.value(QStringLiteral("indicators")).toObject().value(QStringLiteral("rsi14")).toArray().isEmpty());
        QVERIFY(root.value(QStringLiteral("patterns")).toArray().isEmpty());
    }

    void badOptionsAreUserErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("why");
        QTest::newRow("no input") << QStringList{QStringLiteral("--timeframe"), QStringLiteral("1h")}
                                  << QStringLiteral("--input");
        QTest::newRow("bad timeframe") << QStringList{QStringLiteral("--input"), QStringLiteral("x.csv"),
            QStringLiteral("--timeframe"), QStringLiteral("7m")}
                                       << QStringLiteral("7m");
        QTest::newRow("bad indicators") << QStringList{QStringLiteral("--input"), QStringLiteral("x.csv"),
            QStringLiteral("--timeframe"), QStringLiteral("1h"), QStringLiteral("--indicators"),
            QStringLiteral("rsi:0")} << QStringLiteral("--indicators");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--input"), QStringLiteral("x.csv"),
            QStringLiteral("--timeframe"), QStringLiteral("1h"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("--format");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--input"), QStringLiteral("/nonexistent/x.csv"),
            QStringLiteral("--timeframe"), QStringLiteral("1h")}
                                      << QStringLiteral("cannot open");
    }
    void badOptionsAreUserErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, why);
        const auto run = runCli(QStringList{QStringLiteral("analyze")} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(why), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TstAnalyzeCommand)
#include "tst_analyzecommand.moc"
