#include "storage/appsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cl::storage::AppSettings;

class TstAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndRoundTripInTheDataDir()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QVERIFY(settings.fileName().startsWith(dir.path()));
            QCOMPARE(settings.lastSymbol(), QStringLiteral("BTC/USDT"));
            QCOMPARE(settings.lastTimeframe(), QStringLiteral("1h"));
            QCOMPARE(settings.logLevel(), QStringLiteral("info"));
            QCOMPARE(settings.windowStateVersion(), 0);
            settings.setLastSelection(QStringLiteral("okx"), QStringLiteral("ETH/USDT"), QStringLiteral("4h"));
            settings.setWindowState(QByteArray("state"), 7);
            settings.setLogLevel(QStringLiteral("debug"));
        }
        AppSettings reopened(dir.path());
        QCOMPARE(reopened.lastExchange(), QStringLiteral("okx"));
        QCOMPARE(reopened.lastSymbol(), QStringLiteral("ETH/USDT"));
        QCOMPARE(reopened.lastTimeframe(), QStringLiteral("4h"));
        QCOMPARE(reopened.windowState(), QByteArray("state"));
        QCOMPARE(reopened.windowStateVersion(), 7);
        QCOMPARE(reopened.logLevel(), QStringLiteral("debug"));
    }

    void preTradeChecklistRoundTripSkippingBlankItems()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QVERIFY(settings.preTradeChecklist().isEmpty());
            settings.setPreTradeChecklist({QStringLiteral("Trend on 4h agrees"), QStringLiteral("  "),
                                           QStringLiteral(" Stop below the zone ")});
        }
        AppSettings reopened(dir.path());
        QCOMPARE(reopened.preTradeChecklist(),
                 (QStringList{QStringLiteral("Trend on 4h agrees"), QStringLiteral("Stop below the zone")}));
    }

    void chartIndicatorDefaultsRoundTripAndReplace()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QVERIFY(settings.chartIndicatorDefaults().isEmpty()); // the chart's built-in defaults
            settings.setChartIndicatorDefaults({{QStringLiteral("emaPeriod"), 34},
                                                {QStringLiteral("bollingerK"), 2.5},
                                                {QStringLiteral("macdSlow"), 30}});
            settings.setChartIndicatorDefaults(
                {{QStringLiteral("emaPeriod"), 34}, {QStringLiteral("bollingerK"), 2.5}});
        }
        AppSettings reopened(dir.path());
        const QVariantMap defaults = reopened.chartIndicatorDefaults();
        QCOMPARE(defaults.size(), 2); // the second write replaced the first, macdSlow is gone
        QCOMPARE(defaults.value(QStringLiteral("emaPeriod")).toInt(), 34);
        QCOMPARE(defaults.value(QStringLiteral("bollingerK")).toDouble(), 2.5);
        reopened.setChartIndicatorDefaults({});
        QVERIFY(reopened.chartIndicatorDefaults().isEmpty());
    }

    void unknownLogLevelFallsBackToInfo()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        settings.setLogLevel(QStringLiteral("shouting"));
        QCOMPARE(settings.logLevel(), QStringLiteral("info"));
    }
};

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
