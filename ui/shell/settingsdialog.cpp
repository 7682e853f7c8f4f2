#include "settingsdialog.h"

#include "analysis/analysissettings.h"
#include "chart/indicatorparametersform.h"
#include "localization.h"
#include "storage/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl::ui {

namespace {
using analysis::AnalysisSettings;

QListWidget *timeframeChecklist(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setMaximumHeight(64);
    for (const model::Timeframe tf : model::Timeframe::all()) {
        auto *item = new QListWidgetItem(tf.toString(), list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, tf.index());
    }
    return list;
}

void checkTimeframes(QListWidget *list, const std::vector<model::Timeframe> &timeframes)
{
    for (int i = 0; i < list->count(); ++i) {
        const auto tf = model::Timeframe(model::Timeframe::Id(list->item(i)->data(Qt::UserRole).toInt()));
        list->item(i)->setCheckState(std::find(timeframes.begin(), timeframes.end(), tf) != timeframes.end() ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<model::Timeframe> checkedTimeframes(const QListWidget *list)
{
    std::vector<model::Timeframe> result;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            result.push_back(model::Timeframe(model::Timeframe::Id(list->item(i)->data(Qt::UserRole).toInt())));
    }
    return result;
}
} // namespace

SettingsDialog::SettingsDialog(storage::AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_tabs(new QTabWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(640, 620);
    m_tabs->addTab(createGeneralPage(), tr("General"));
    m_tabs->addTab(createChartPage(), tr("Chart"));
    m_tabs->addTab(createAnalysisPage(), tr("Analysis"));
    m_tabs->addTab(createTimeframePage(), tr("Per timeframe"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        showAnalysis(AnalysisSettings{});
        m_indicatorDefaults->setParameters(chart::IndicatorParameters{});
    });
    buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Restore the analysis defaults of the specification and the chart's indicator periods"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageDisplayName(code), code);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("settingsFontSize"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_closeToTray = new QCheckBox(tr("Keep running in the system tray when the window is closed"), page);
    m_closeToTray->setObjectName(QStringLiteral("settingsCloseToTray"));
    m_recordTrades = new QCheckBox(tr("Record raw trades of newly watched symbols"), page);
    m_recordTrades->setObjectName(QStringLiteral("settingsRecordTrades"));
    m_annualization = new QSpinBox(page);
    m_annualization->setObjectName(QStringLiteral("settingsAnnualization"));
    m_annualization->setRange(1, 366);
    m_annualization->setSuffix(tr(" days"));
    form->addRow(tr("Language (after restart):"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Font size:"), m_fontSize);
    form->addRow(QString(), m_closeToTray);
    form->addRow(QString(), m_recordTrades);
    form->addRow(tr("Metrics year:"), m_annualization);
    return page;
}

// The chart's time axis and the indicator periods a new chart starts with; a chart changed in its own
// "Indicator settings" keeps its periods.
QWidget *SettingsDialog::createChartPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_timeAxis = new QComboBox(page);
    m_timeAxis->setObjectName(QStringLiteral("settingsTimeAxis"));
    m_timeAxis->addItem(tr("UTC"), true);
    m_timeAxis->addItem(tr("Local time"), false);
    form->addRow(tr("Chart time axis:"), m_timeAxis);
    auto *note = new QLabel(tr("Indicator periods of new charts and of charts without periods of their own:"), page);
    note->setWordWrap(true);
    form->addRow(note);
    m_indicatorDefaults = new chart::IndicatorParametersForm(page);
    m_indicatorDefaults->setObjectName(QStringLiteral("settingsIndicatorDefaults"));
    form->addRow(m_indicatorDefaults);
    return page;
}

void SettingsDialog::addNumber(QFormLayout *form, const QString &objectName, const QString &label, double min, double max,
                               int decimals, std::function<double(const AnalysisSettings &)> get,
                               std::function<void(AnalysisSettings &, double)> set)
{
    auto *box = new QDoubleSpinBox(form->parentWidget());
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(decimals == 0 ? 1.0 : 0.05);
    form->addRow(label, box);
    m_numbers.append({box, std::move(get), std::move(set)});
}

QWidget *SettingsDialog::createAnalysisPage()
{
    auto *scroll = new QScrollArea(this);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    using S = AnalysisSettings;
#define CL_FIELD(member) [](const S &s) { return double(s.member); }, [](S &s, double v) { s.member = decltype(s.member)(v); }
    addNumber(form, QStringLiteral("minZonePct"), tr("Minimum zone size (%):"), 0, 100, 3, CL_FIELD(minZonePct));
    addNumber(form, QStringLiteral("orderBlockAveragePeriod"), tr("Order block: body average period:"), 1, 1000, 0, CL_FIELD(orderBlockAveragePeriod));
    addNumber(form, QStringLiteral("orderBlockStrength"), tr("Order block: body strength (× average):"), 0, 100, 2, CL_FIELD(orderBlockStrength));
    addNumber(form, QStringLiteral("orderBlockScan"), tr("Order block: candles scanned back:"), 1, 100, 0, CL_FIELD(orderBlockScan));
    addNumber(form, QStringLiteral("sweepFirstIndex"), tr("Sweep: first candle index:"), 0, 10000, 0, CL_FIELD(sweepFirstIndex));
    addNumber(form, QStringLiteral("sweepSwingRadius"), tr("Sweep: swing radius:"), 1, 100, 0, CL_FIELD(sweepSwingRadius));
    addNumber(form, QStringLiteral("sweepLookback"), tr("Sweep: lookback (candles):"), 1, 10000, 0, CL_FIELD(sweepLookback));
    addNumber(form, QStringLiteral("sweepInvalidateSizes"), tr("Sweep: invalidated beyond (zone sizes):"), 0, 100, 2, CL_FIELD(sweepInvalidateSizes));
    addNumber(form, QStringLiteral("sweepFillSizes"), tr("Sweep: filled beyond (zone sizes):"), 0, 100, 2, CL_FIELD(sweepFillSizes));
    addNumber(form, QStringLiteral("atrPeriod"), tr("ATR period:"), 1, 1000, 0, CL_FIELD(atrPeriod));
    addNumber(form, QStringLiteral("levelsWindow"), tr("Levels: window (candles):"), 1, 10000, 0, CL_FIELD(levelsWindow));
    addNumber(form, QStringLiteral("levelsSwingRadius"), tr("Levels: swing radius:"), 1, 100, 0, CL_FIELD(levelsSwingRadius));
    addNumber(form, QStringLiteral("minConfluence"), tr("Signals: minimum confluence:"), 1, 12, 0, CL_FIELD(minConfluence));
    addNumber(form, QStringLiteral("cooldownHours"), tr("Signals: cooldown (hours):"), 0, 24 * 30, 2,
              [](const S &s) { return double(s.cooldownMs) / 3'600'000.0; },
              [](S &s, double v) { s.cooldownMs = qint64(v * 3'600'000.0 + 0.5); });
    addNumber(form, QStringLiteral("signalAtrMultiple"), tr("Signals: stop buffer (× ATR):"), 0, 100, 2, CL_FIELD(signalAtrMultiple));
    addNumber(form, QStringLiteral("signalMinBufferPct"), tr("Signals: minimum stop buffer (%):"), 0, 100, 3, CL_FIELD(signalMinBufferPct));
    addNumber(form, QStringLiteral("minRiskPct"), tr("Signals: minimum risk (% of entry):"), 0, 100, 3, CL_FIELD(minRiskPct));
    addNumber(form, QStringLiteral("defaultRr"), tr("Signals: reward for TP3 (× risk):"), 0.1, 100, 2, CL_FIELD(defaultRr));
    addNumber(form, QStringLiteral("signalTakeProfit"), tr("Signals: target that closes a trade (1–3):"), 1, 3, 0, CL_FIELD(signalTakeProfit));
#undef CL_FIELD
    m_requireHtf = new QCheckBox(tr("A signal needs a higher-timeframe pattern"), page);
    m_requireHtf->setObjectName(QStringLiteral("requireHtf"));
    form->addRow(QString(), m_requireHtf);
    m_matrixTimeframes = timeframeChecklist(QStringLiteral("matrixTimeframes"), page);
    form->addRow(tr("Matrix timeframes:"), m_matrixTimeframes);
    m_htfTimeframes = timeframeChecklist(QStringLiteral("htfTimeframes"), page);
    form->addRow(tr("Higher timeframes:"), m_htfTimeframes);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget *SettingsDialog::createTimeframePage()
{
    m_perTimeframe = new QTableWidget(model::Timeframe::Count, 2, this);
    m_perTimeframe->setObjectName(QStringLiteral("perTimeframe"));
    m_perTimeframe->setHorizontalHeaderLabels({tr("Zone overlap threshold"), tr("Pattern expiry (hours)")});
    m_perTimeframe->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList rows;
    for (int row = 0; row < model::Timeframe::Count; ++row) {
        rows.append(model::Timeframe::all()[size_t(row)].toString());
        auto *overlap = new QDoubleSpinBox(m_perTimeframe);
        overlap->setRange(0.0, 1.0);
        overlap->setDecimals(2);
        overlap->setSingleStep(0.01);
        auto *expiry = new QSpinBox(m_perTimeframe);
        expiry->setRange(1, 24 * 365);
        m_perTimeframe->setCellWidget(row, 0, overlap);
        m_perTimeframe->setCellWidget(row, 1, expiry);
    }
    m_perTimeframe->setVerticalHeaderLabels(rows);
    return m_perTimeframe;
}

void SettingsDialog::showAnalysis(const AnalysisSettings &analysis)
{
    for (const NumberField &field : std::as_const(m_numbers))
        field.box->setValue(field.get(analysis));
    m_requireHtf->setChecked(analysis.requireHtf);
    checkTimeframes(m_matrixTimeframes, analysis.matrixTimeframes);
    checkTimeframes(m_htfTimeframes, analysis.htfTimeframes);
    for (int row = 0; row < model::Timeframe::Count; ++row) {
        static_cast<QDoubleSpinBox *>(m_perTimeframe->cellWidget(row, 0))->setValue(analysis.overlapThreshold[size_t(row)]);
        static_cast<QSpinBox *>(m_perTimeframe->cellWidget(row, 1))->setValue(analysis.expiryHours[size_t(row)]);
    }
}

AnalysisSettings SettingsDialog::analysisFromForm() const
{
    AnalysisSettings analysis;
    for (const NumberField &field : m_numbers)
        field.set(analysis, field.box->value());
    analysis.requireHtf = m_requireHtf->isChecked();
    analysis.matrixTimeframes = checkedTimeframes(m_matrixTimeframes);
    analysis.htfTimeframes = checkedTimeframes(m_htfTimeframes);
    for (int row = 0; row < model::Timeframe::Count; ++row) {
        analysis.overlapThreshold[size_t(row)] = static_cast<QDoubleSpinBox *>(m_perTimeframe->cellWidget(row, 0))->value();
        analysis.expiryHours[size_t(row)] = static_cast<QSpinBox *>(m_perTimeframe->cellWidget(row, 1))->value();
    }
    return analysis;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings.theme())));
    m_fontSize->setValue(m_settings.fontPointSize());
    m_timeAxis->setCurrentIndex(m_settings.timeAxisUtc() ? 0 : 1);
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_recordTrades->setChecked(m_settings.recordRawTradesByDefault());
    m_annualization->setValue(m_settings.annualizationDays());
    m_indicatorDefaults->setParameters(chart::IndicatorParameters::fromVariantMap(m_settings.chartIndicatorDefaults()));
    showAnalysis(analysis::AnalysisSettings::fromVariantMap(m_settings.analysisValues()));
}

bool SettingsDialog::save(QString *error)
{
    const AnalysisSettings analysis = analysisFromForm();
    QString problem = analysis.validate();
    if (problem.isEmpty() && analysis.matrixTimeframes.empty())
        problem = tr("choose at least one matrix timeframe");
    const chart::IndicatorParameters indicators = m_indicatorDefaults->parameters();
    if (problem.isEmpty())
        problem = indicators.validate();
    if (!problem.isEmpty()) {
        const QString message = tr("Not saved: %1").arg(problem);
        m_error->setText(message);
        if (error)
            *error = message;
        return false;
    }
    m_error->clear();
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setTheme(m_theme->currentData().toString());
    m_settings.setFontPointSize(m_fontSize->value());
    m_settings.setTimeAxisUtc(m_timeAxis->currentData().toBool());
    m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setRecordRawTradesByDefault(m_recordTrades->isChecked());
    m_settings.setAnnualizationDays(m_annualization->value());
    m_settings.setAnalysisValues(analysis.toVariantMap());
    m_settings.setChartIndicatorDefaults(indicators.toVariantMap());
    m_settings.sync();
    emit settingsSaved();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace cl::ui
