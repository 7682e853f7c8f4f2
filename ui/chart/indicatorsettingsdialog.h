#pragma once

#include "indicatorparameters.h"

#include <QDialog>

class QLabel;

namespace cl::chart {

class IndicatorParametersForm;

// One chart's indicator periods: OK (only with valid values), Cancel, and Restore defaults (the defaults
// for new charts from the settings).
class IndicatorSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorSettingsDialog(
        const IndicatorParameters &current, const IndicatorParameters &defaults, QWidget *parent = nullptr);

    IndicatorParameters parameters() const;
    IndicatorParametersForm *form() const { return m_form; }
    void restoreDefaults();

    void accept() override;

private:
    IndicatorParameters m_defaults;
    IndicatorParametersForm *m_form;
    QLabel *m_error;
};

} // namespace cl::chart
