// AnalysisSettings: validation and the flat map the settings file keeps (AppSettings::analysisValues).
#include "analysis/analysissettings.h"
#include "storage/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using cl::analysis::AnalysisSettings;
using cl::model::Timeframe;

class TstAnalysisSettings : public QObject
{
    Q_OBJECT

private:
    static AnalysisSettings changed()
    {
        AnalysisSettings s;
        s.minZonePct = 0.3;
        s.overlapThreshold[size_t(Timeframe(Timeframe::H1).index())] = 0.61;
        s.expiryHours[size_t(Timeframe(Timeframe::D1).index())] = 100;
        s.orderBlockStrength = 2.25;
        s.sweepLookback = 80;
        s.minConfluence = 4;
        s.requireHtf = false;
        s.matrixTimeframes = {Timeframe::M5, Timeframe::H1, Timeframe::H4, Timeframe::W1};
        s.htfTimeframes = {Timeframe::D1};
        s.cooldownMs = 7'200'000;
        s.signalTakeProfit = 2;
        return s;
    }

    static bool same(const AnalysisSettings &a, const AnalysisSettings &b) { return a.toVariantMap() == b.toVariantMap(); }

private slots:
    void defaultsValidate() { QVERIFY2(AnalysisSettings{}.validate().isEmpty(), qPrintable(AnalysisSettings{}.validate())); }

    void mapRoundTrip()
    {
        const AnalysisSettings s = changed();
        QVERIFY(s.validate().isEmpty());
        const AnalysisSettings back = AnalysisSettings::fromVariantMap(s.toVariantMap());
        QVERIFY(same(back, s));
        QCOMPARE(back.matrixTimeframes, s.matrixTimeframes);
        QCOMPARE(back.overlapThreshold, s.overlapThreshold);
        QCOMPARE(back.expiryHours, s.expiryHours);
        QCOMPARE(back.requireHtf, false);
        QVERIFY(same(AnalysisSettings::fromVariantMap({}), AnalysisSettings{})); // nothing stored: the spec's defaults
    }

    // What a settings file holds: every value as text. Through a real INI file and back.
    void throughTheSettingsFile()
    {
        QTemporaryDir dir;
        {
            cl::storage::AppSettings settings(dir.path());
            settings.setAnalysisValues(changed().toVariantMap());
        }
        cl::storage::AppSettings settings(dir.path());
        QVERIFY(same(AnalysisSettings::fromVariantMap(settings.analysisValues()), changed()));
    }

    void unusableValuesKeepTheDefault_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("text for a number") << QStringLiteral("sweepLookback") << QVariant(QStringLiteral("many"));
        QTest::newRow("unknown timeframe") << QStringLiteral("matrixTimeframes") << QVariant(QStringLiteral("1m,2d"));
        QTest::newRow("empty timeframe list") << QStringLiteral("htfTimeframes") << QVariant(QString());
        QTest::newRow("short overlap table") << QStringLiteral("overlapThreshold") << QVariant(QStringLiteral("0.5,0.5"));
        QTest::newRow("a list") << QStringLiteral("atrPeriod") << QVariant(QStringList{QStringLiteral("1"), QStringLiteral("2")});
    }

    void unusableValuesKeepTheDefault()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QVariantMap map = changed().toVariantMap();
        map.insert(key, value);
        const QVariantMap read = AnalysisSettings::fromVariantMap(map).toVariantMap();
        QCOMPARE(read.value(key), AnalysisSettings{}.toVariantMap().value(key));
        map.remove(key);
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            QCOMPARE(read.value(it.key()), it.value()); // the others are kept
    }

    // A value that parses but breaks a rule of spec/patterns.md (NaN, negative, zero): the whole set falls back to
    // the spec, as a hand-edited file must not break the analysis.
    void invalidSetsFallBackToTheSpec_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("NaN") << QStringLiteral("minZonePct") << QVariant(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("negative") << QStringLiteral("orderBlockStrength") << QVariant(-1.5);
        QTest::newRow("zero period") << QStringLiteral("atrPeriod") << QVariant(0);
        QTest::newRow("huge take profit index") << QStringLiteral("signalTakeProfit") << QVariant(1'000'000);
    }

    void invalidSetsFallBackToTheSpec()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QVariantMap map = changed().toVariantMap();
        map.insert(key, value);
        QVERIFY(same(AnalysisSettings::fromVariantMap(map), AnalysisSettings{}));
    }
};

QTEST_GUILESS_MAIN(TstAnalysisSettings)
#include "tst_analysissettings.moc"
