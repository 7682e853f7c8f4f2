#include "analysis/analysissettings.h"
#include "chart/indicatorparametersform.h"
#include "shell/settingsdialog.h"
#include "storage/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;

class TstSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheSpecs()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.fontPointSize(), 0);
        QVERIFY(settings.timeAxisUtc());
        QVERIFY(!settings.closeToTray());
        QVERIFY(!settings.recordRawTradesByDefault());
        QCOMPARE(settings.annualizationDays(), 365);
        const auto analysis = cl::analysis::AnalysisSettings::fromVariantMap(settings.analysisValues());
        QCOMPARE(analysis.minConfluence, analysis::AnalysisSettings{}.minConfluence);
        QCOMPARE(analysis.expiryHours, analysis::AnalysisSettings{}.expiryHours);
        ui::SettingsDialog dialog(settings);
        QCOMPARE(dialog.analysisFromForm().overlapThreshold, analysis::AnalysisSettings{}.overlapThreshold);
        QCOMPARE(dialog.analysisFromForm().matrixTimeframes, analysis::AnalysisSettings{}.matrixTimeframes);
        QCOMPARE(dialog.analysisFromForm().cooldownMs, analysis::AnalysisSettings{}.cooldownMs);
    }

    void roundTripThroughTheSettings()
    {
        QTemporaryDir dir;
        {
            storage::AppSettings settings(dir.path());
            ui::SettingsDialog dialog(settings);
            dialog.findChild<QComboBox *>(QStringLiteral("settingsLanguage"))->setCurrentIndex(2); // System, English, Deutsch
            dialog.findChild<QComboBox *>(QStringLiteral("settingsTheme"))->setCurrentIndex(1);
            dialog.findChild<QSpinBox *>(QStringLiteral("settingsFontSize"))->setValue(12);
            dialog.findChild<QComboBox *>(QStringLiteral("settingsTimeAxis"))->setCurrentIndex(1);
            dialog.findChild<QCheckBox *>(QStringLiteral("settingsCloseToTray"))->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("settingsRecordTrades"))->setChecked(true);
            dialog.findChild<QSpinBox *>(QStringLiteral("settingsAnnualization"))->setValue(252);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("minConfluence"))->setValue(4);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("minZonePct"))->setValue(0.25);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("cooldownHours"))->setValue(2.5);
            dialog.findChild<QCheckBox *>(QStringLiteral("requireHtf"))->setChecked(false);
            auto *matrix = dialog.findChild<QListWidget *>(QStringLiteral("matrixTimeframes"));
            matrix->item(11)->setCheckState(Qt::Checked); // 1w
            auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("perTimeframe"));
            static_cast<QSpinBox *>(table->cellWidget(5, 1))->setValue(30); // 1h expiry
            QString error;
            QVERIFY2(dialog.save(&error), qPrintable(error));
        }
        storage::AppSettings settings(dir.path()); // read back from the file
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.theme(), QStringLiteral("light"));
        QCOMPARE(settings.fontPointSize(), 12);
        QVERIFY(!settings.timeAxisUtc());
        QVERIFY(settings.closeToTray());
        QVERIFY(settings.recordRawTradesByDefault());
        QCOMPARE(settings.annualizationDays(), 252);
        const auto analysis = cl::analysis::AnalysisSettings::fromVariantMap(settings.analysisValues());
        QCOMPARE(analysis.minConfluence, 4);
        QCOMPARE(analysis.minZonePct, 0.25);
        QCOMPARE(analysis.cooldownMs, qint64(2.5 * 3'600'000));
        QVERIFY(!analysis.requireHtf);
        QCOMPARE(analysis.matrixTimeframes.back(), model::Timeframe(model::Timeframe::W1));
        QCOMPARE(analysis.expiryHours[5], 30);
        // And the dialog shows what is stored.
        ui::SettingsDialog dialog(settings);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("settingsTheme"))->currentData().toString(), QStringLiteral("light"));
        QCOMPARE(dialog.analysisFromForm().expiryHours[5], 30);
        QCOMPARE(dialog.analysisFromForm().minConfluence, 4);
    }

    void unusableValuesAreRefusedAndNothingIsStored()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::SettingsDialog dialog(settings);
        auto *matrix = dialog.findChild<QListWidget *>(QStringLiteral("matrixTimeframes"));
        for (int i = 0; i < matrix->count(); ++i)
            matrix->item(i)->setCheckState(Qt::Unchecked);
        dialog.findChild<QComboBox *>(QStringLiteral("settingsTheme"))->setCurrentIndex(1);
        QString error;
        QVERIFY(!dialog.save(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("settingsError"))->text().isEmpty());
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
    }

    void chartIndicatorDefaultsAreWrittenAndRead()
    {
        QTemporaryDir dir;
        chart::IndicatorParameters wanted;
        wanted.emaPeriod = 34;
        wanted.bollingerK = 2.5;
        wanted.macdFast = 8;
        wanted.macdSlow = 17;
        {
            storage::AppSettings settings(dir.path());
            ui::SettingsDialog dialog(settings);
            auto *form =
                dialog.findChild<chart::IndicatorParametersForm *>(QStringLiteral("settingsIndicatorDefaults"));
            QVERIFY(form);
            QCOMPARE(form->parameters(), chart::IndicatorParameters{});
            form->findChild<QSpinBox *>(QStringLiteral("indicatorEmaPeriod"))->setValue(34);
            form->findChild<QDoubleSpinBox *>(QStringLiteral("indicatorBollingerK"))->setValue(2.5);
            form->findChild<QSpinBox *>(QStringLiteral("indicatorMacdFast"))->setValue(8);
            form->findChild<QSpinBox *>(QStringLiteral("indicatorMacdSlow"))->setValue(17);
            QString error;
            QVERIFY2(dialog.save(&error), qPrintable(error));
        }
        storage::AppSettings settings(dir.path());
        QCOMPARE(chart::IndicatorParameters::fromVariantMap(settings.chartIndicatorDefaults()), wanted);
        ui::SettingsDialog dialog(settings);
        auto *form = dialog.findChild<chart::IndicatorParametersForm *>(QStringLiteral("settingsIndicatorDefaults"));
        QCOMPARE(form->parameters(), wanted);
        // Restore defaults puts the built-in periods back in the form.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(form->parameters(), chart::IndicatorParameters{});
    }

    void macdFastNotBelowSlowIsRefused()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::SettingsDialog dialog(settings);
        dialog.findChild<QSpinBox *>(QStringLiteral("indicatorMacdFast"))->setValue(30); // slow is 26
        dialog.findChild<QComboBox *>(QStringLiteral("settingsTheme"))->setCurrentIndex(1);
        QString error;
        QVERIFY(!dialog.save(&error));
        QVERIFY2(error.contains(QStringLiteral("MACD")), qPrintable(error));
        QVERIFY(settings.chartIndicatorDefaults().isEmpty());
        QCOMPARE(settings.theme(), QStringLiteral("dark")); // nothing stored
    }

    void handEditedGarbageFallsBackToDefaults()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        settings.setValue(QStringLiteral("chart/indicatorDefaults/emaPeriod"), QStringLiteral("lots"));
        settings.setValue(QStringLiteral("chart/indicatorDefaults/rsiPeriod"), 7);
        settings.setValue(QStringLiteral("chart/indicatorDefaults/macdFast"), 99);
        chart::IndicatorParameters expected;
        expected.rsiPeriod = 7;
        QCOMPARE(ui::SettingsDialog(settings).findChild<chart::IndicatorParametersForm *>()->parameters(), expected);
        settings.setValue(QStringLiteral("appearance/theme"), QStringLiteral("neon"));
        settings.setValue(QStringLiteral("appearance/fontPointSize"), 500);
        settings.setValue(QStringLiteral("appearance/language"), QStringLiteral("klingon"));
        settings.setValue(QStringLiteral("portfolio/annualizationDays"), -4);
        settings.setValue(QStringLiteral("analysis/minConfluence"), -3);
        settings.setValue(QStringLiteral("analysis/matrixTimeframes"), QStringLiteral("1h,7x"));
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.fontPointSize(), 0);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.annualizationDays(), 365);
        QCOMPARE(analysis::AnalysisSettings::fromVariantMap(settings.analysisValues()).minConfluence, analysis::AnalysisSettings{}.minConfluence);
        QCOMPARE(analysis::AnalysisSettings::fromVariantMap(settings.analysisValues()).matrixTimeframes, analysis::AnalysisSettings{}.matrixTimeframes);
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
