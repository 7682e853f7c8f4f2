#pragma once

#include "analysis/analysissettings.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace cl::storage {
class AppSettings;
}

namespace cl::chart {
class IndicatorParametersForm;
}

namespace cl::ui {

// Every setting the specs name, over the typed AppSettings: appearance (language, theme, font size), the
// chart (time axis, indicator periods of new charts), behaviour (close to tray, raw-trade recording default,
// annualization) and every analysis threshold of spec/patterns.md with its default. Nothing is stored while
// a value is unusable.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(storage::AppSettings &settings, QWidget *parent = nullptr);

    // Reads the form, validates and stores it; false with *error (and nothing stored) when a value is bad.
    bool save(QString *error = nullptr);
    analysis::AnalysisSettings analysisFromForm() const;
    void showAnalysis(const analysis::AnalysisSettings &analysis);

    void accept() override;

signals:
    void settingsSaved();

private:
    struct NumberField
    {
        QDoubleSpinBox *box;
        std::function<double(const analysis::AnalysisSettings &)> get;
        std::function<void(analysis::AnalysisSettings &, double)> set;
    };

    QWidget *createGeneralPage();
    QWidget *createChartPage();
    QWidget *createAnalysisPage();
    QWidget *createTimeframePage();
    void load();
    void addNumber(QFormLayout *form, const QString &objectName, const QString &label, double min, double max,
                   int decimals, std::function<double(const analysis::AnalysisSettings &)> get,
                   std::function<void(analysis::AnalysisSettings &, double)> set);

    storage::AppSettings &m_settings;
    QTabWidget *m_tabs;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QComboBox *m_timeAxis;
    chart::IndicatorParametersForm *m_indicatorDefaults;
    QCheckBox *m_closeToTray;
    QCheckBox *m_recordTrades;
    QSpinBox *m_annualization;
    QCheckBox *m_requireHtf;
    QListWidget *m_matrixTimeframes;
    QListWidget *m_htfTimeframes;
    QTableWidget *m_perTimeframe;
    QList<NumberField> m_numbers;
    QLabel *m_error;
};

} // namespace cl::ui
