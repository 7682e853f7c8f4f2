#include "chart/indicatorparametersform.h"
#include "chart/indicatorsettingsdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace cl::chart;

namespace {
IndicatorParameters custom()
{
    IndicatorParameters p;
    p.emaPeriod = 34;
    p.smaPeriod = 200;
    p.bollingerPeriod = 30;
    p.bollingerK = 2.5;
    p.rsiPeriod = 9;
    p.macdFast = 8;
    p.macdSlow = 17;
    p.macdSignal = 5;
    return p;
}

QSpinBox *spin(QWidget &w, const char *name)
{
    return w.findChild<QSpinBox *>(QLatin1String(name));
}
} // namespace

class TstIndicatorSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void formShowsAndReadsEveryValue()
    {
        IndicatorParametersForm form;
        QCOMPARE(form.parameters(), IndicatorParameters{});
        form.setParameters(custom());
        QCOMPARE(form.parameters(), custom());
        QCOMPARE(spin(form, "indicatorEmaPeriod")->value(), 34);
        QCOMPARE(form.findChild<QDoubleSpinBox *>(QStringLiteral("indicatorBollingerK"))->value(), 2.5);
        // The spin boxes hold each value in its range.
        spin(form, "indicatorRsiPeriod")->setValue(0);
        spin(form, "indicatorSmaPeriod")->setValue(5000);
        form.findChild<QDoubleSpinBox *>(QStringLiteral("indicatorBollingerK"))->setValue(-3);
        QCOMPARE(form.parameters().rsiPeriod, IndicatorParameters::kMinPeriod);
        QCOMPARE(form.parameters().smaPeriod, IndicatorParameters::kMaxPeriod);
        QVERIFY(form.parameters().bollingerK > 0);
    }

    void okAppliesOnlyValidValues()
    {
        IndicatorSettingsDialog dialog(custom(), IndicatorParameters{});
        QCOMPARE(dialog.parameters(), custom());
        spin(dialog, "indicatorMacdFast")->setValue(17); // = slow
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("indicatorSettingsError"))
                    ->text()
                    .contains(QStringLiteral("MACD")));
        spin(dialog, "indicatorMacdFast")->setValue(12);
        spin(dialog, "indicatorEmaPeriod")->setValue(55);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.parameters().emaPeriod, 55);
        QCOMPARE(dialog.parameters().macdFast, 12);
    }

    void restoreDefaultsShowsTheDefaultsForNewCharts()
    {
        IndicatorParameters defaults;
        defaults.emaPeriod = 10;
        IndicatorSettingsDialog dialog(custom(), defaults);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.parameters(), defaults);
        buttons->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TstIndicatorSettingsDialog)
#include "tst_indicatorsettingsdialog.moc"
