#include "chart/indicatorparameters.h"

#include <QTest>
#include <cmath>
#include <limits>

using cl::chart::IndicatorParameters;

Q_DECLARE_METATYPE(IndicatorParameters)

namespace {
IndicatorParameters with(void (*change)(IndicatorParameters &))
{
    IndicatorParameters p;
    change(p);
    return p;
}

IndicatorParameters custom()
{
    IndicatorParameters p;
    p.emaPeriod = 34;
    p.smaPeriod = 200;
    p.bollingerPeriod = 1000;
    p.bollingerK = 2.5;
    p.rsiPeriod = 1;
    p.macdFast = 8;
    p.macdSlow = 17;
    p.macdSignal = 5;
    return p;
}
} // namespace

class TstIndicatorParameters : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheConventionalPeriods()
    {
        const IndicatorParameters p;
        QCOMPARE(p.emaPeriod, 21);
        QCOMPARE(p.smaPeriod, 50);
        QCOMPARE(p.bollingerPeriod, 20);
        QCOMPARE(p.bollingerK, 2.0);
        QCOMPARE(p.rsiPeriod, 14); // spec/indicators.md: RSI default 14
        QCOMPARE(p.macdFast, 12); // MACD(12,26,9)
        QCOMPARE(p.macdSlow, 26);
        QCOMPARE(p.macdSignal, 9);
        QVERIFY(p.isValid());
    }

    void validate_data()
    {
        QTest::addColumn<IndicatorParameters>("parameters");
        QTest::addColumn<QString>("problemMentions"); // empty: valid
        QTest::newRow("defaults") << IndicatorParameters{} << QString();
        QTest::newRow("custom") << custom() << QString();
        QTest::newRow("period 1 and 1000") << with([](IndicatorParameters &p) {
            p.emaPeriod = 1;
            p.smaPeriod = 1000;
        }) << QString();
        QTest::newRow("ema zero") << with([](IndicatorParameters &p) { p.emaPeriod = 0; }) << QStringLiteral("EMA");
        QTest::newRow("sma negative") << with([](IndicatorParameters &p) { p.smaPeriod = -5; })
                                      << QStringLiteral("SMA");
        QTest::newRow("bollinger huge") << with([](IndicatorParameters &p) { p.bollingerPeriod = 1001; })
                                        << QStringLiteral("Bollinger");
        QTest::newRow("rsi int max") << with([](IndicatorParameters &p) {
            p.rsiPeriod = std::numeric_limits<int>::max();
        }) << QStringLiteral("RSI");
        QTest::newRow("signal zero") << with([](IndicatorParameters &p) { p.macdSignal = 0; })
                                     << QStringLiteral("MACD signal");
        QTest::newRow("k zero") << with([](IndicatorParameters &p) { p.bollingerK = 0.0; })
                                << QStringLiteral("Bollinger width");
        QTest::newRow("k negative") << with([](IndicatorParameters &p) { p.bollingerK = -2.0; })
                                    << QStringLiteral("Bollinger width");
        QTest::newRow("k NaN") << with([](IndicatorParameters &p) { p.bollingerK = std::nan(""); })
                               << QStringLiteral("Bollinger width");
        QTest::newRow("k infinite") << with([](IndicatorParameters &p) {
            p.bollingerK = std::numeric_limits<double>::infinity();
        }) << QStringLiteral("Bollinger width");
        QTest::newRow("k huge") << with([](IndicatorParameters &p) { p.bollingerK = 1e300; })
                                << QStringLiteral("Bollinger width");
        QTest::newRow("k tiny") << with([](IndicatorParameters &p) { p.bollingerK = 0.01; }) << QString();
        QTest::newRow("fast equals slow")
            << with([](IndicatorParameters &p) { p.macdFast = 26; }) << QStringLiteral("MACD fast");
        QTest::newRow("fast above slow") << with([](IndicatorParameters &p) {
            p.macdFast = 30;
            p.macdSlow = 20;
        }) << QStringLiteral("MACD fast");
    }

    void validate()
    {
        QFETCH(IndicatorParameters, parameters);
        QFETCH(QString, problemMentions);
        const QString problem = parameters.validate();
        QCOMPARE(parameters.isValid(), problemMentions.isEmpty());
        if (problemMentions.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.startsWith(problemMentions), qPrintable(problem));
    }

    void mapRoundTrip()
    {
        const IndicatorParameters p = custom();
        QCOMPARE(IndicatorParameters::fromVariantMap(p.toVariantMap()), p);
        QCOMPARE(IndicatorParameters::fromVariantMap(IndicatorParameters{}.toVariantMap(), p), IndicatorParameters{});
        // QSettings' INI files give the numbers back as strings.
        QVariantMap strings;
        const QVariantMap map = p.toVariantMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            strings.insert(it.key(), it.value().toString());
        QCOMPARE(IndicatorParameters::fromVariantMap(strings), p);
        QCOMPARE(IndicatorParameters::fromVariantMap({}), IndicatorParameters{});
        QCOMPARE(IndicatorParameters::fromVariantMap({}, p), p);
    }

    void badEntriesKeepTheBase_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addColumn<IndicatorParameters>("expected"); // read over custom()
        const IndicatorParameters base = custom();
        const auto changed = [&base](void (*change)(IndicatorParameters &)) {
            IndicatorParameters p = base;
            change(p);
            return p;
        };
        const auto one = [](const char *key, const QVariant &value) {
            return QVariantMap{{QLatin1String(key), value}};
        };
        QTest::newRow("good period") << one("emaPeriod", 50)
                                     << changed([](IndicatorParameters &p) { p.emaPeriod = 50; });
        QTest::newRow("good period as text")
            << one("rsiPeriod", QStringLiteral("21")) << changed([](IndicatorParameters &p) { p.rsiPeriod = 21; });
        QTest::newRow("good k") << one("bollingerK", 3.25)
                                << changed([](IndicatorParameters &p) { p.bollingerK = 3.25; });
        QTest::newRow("period zero") << one("emaPeriod", 0) << base;
        QTest::newRow("period negative") << one("smaPeriod", -20) << base;
        QTest::newRow("period huge") << one("smaPeriod", 1e12) << base;
        QTest::newRow("period int max") << one("smaPeriod", std::numeric_limits<int>::max()) << base;
        QTest::newRow("period fraction") << one("emaPeriod", 21.5) << base;
        QTest::newRow("period NaN") << one("emaPeriod", std::nan("")) << base;
        QTest::newRow("period text") << one("emaPeriod", QStringLiteral("abc")) << base;
        QTest::newRow("period empty text") << one("emaPeriod", QString()) << base;
        QTest::newRow("period bool") << one("emaPeriod", true) << base;
        QTest::newRow("period list") << one("emaPeriod", QVariantList{21}) << base;
        QTest::newRow("period map") << one("emaPeriod", QVariantMap{{QStringLiteral("a"), 1}}) << base;
        QTest::newRow("period null") << one("emaPeriod", QVariant()) << base;
        QTest::newRow("k zero") << one("bollingerK", 0.0) << base;
        QTest::newRow("k negative") << one("bollingerK", -1.0) << base;
        QTest::newRow("k NaN") << one("bollingerK", std::nan("")) << base;
        QTest::newRow("k NaN text") << one("bollingerK", QStringLiteral("nan")) << base;
        QTest::newRow("k infinite") << one("bollingerK", std::numeric_limits<double>::infinity()) << base;
        QTest::newRow("k huge") << one("bollingerK", 1e300) << base;
        QTest::newRow("fast equals base slow") << one("macdFast", 17) << base;
        QTest::newRow("slow below base fast") << one("macdSlow", 5) << base;
        QTest::newRow("fast above slow") << QVariantMap{{QStringLiteral("macdFast"), 40},
            {QStringLiteral("macdSlow"), 30}}
                                         << base;
        QTest::newRow("both moved") << QVariantMap{{QStringLiteral("macdFast"), 30}, {QStringLiteral("macdSlow"), 40}}
                                    << changed([](IndicatorParameters &p) {
                                           p.macdFast = 30;
                                           p.macdSlow = 40;
                                       });
        QTest::newRow("unknown keys") << QVariantMap{{QStringLiteral("atrPeriod"), 3},
            {QStringLiteral("emaPeriod"), 10}}
                                      << changed([](IndicatorParameters &p) { p.emaPeriod = 10; });
        QTest::newRow("good and bad mixed")
            << QVariantMap{{QStringLiteral("emaPeriod"), -1}, {QStringLiteral("smaPeriod"), 99}}
            << changed([](IndicatorParameters &p) { p.smaPeriod = 99; });
    }

    void badEntriesKeepTheBase()
    {
        QFETCH(QVariantMap, map);
        QFETCH(IndicatorParameters, expected);
        const IndicatorParameters read = IndicatorParameters::fromVariantMap(map, custom());
        QCOMPARE(read, expected);
        QVERIFY(read.isValid());
    }
};

QTEST_APPLESS_MAIN(TstIndicatorParameters)
#include "tst_indicatorparameters.moc"
