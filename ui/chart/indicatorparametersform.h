#pragma once

#include "indicatorparameters.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace cl::chart {

// Spin boxes for every IndicatorParameters value, shared by a chart's "Indicator settings" dialog and
// the settings dialog's defaults for new charts. The ranges hold each value on its own; the MACD pair
// (fast < slow) is checked by IndicatorParameters::validate when the caller reads the form.
class IndicatorParametersForm : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorParametersForm(QWidget *parent = nullptr);

    void setParameters(const IndicatorParameters &parameters);
    IndicatorParameters parameters() const;

private:
    QSpinBox *addPeriod(const QString &objectName, const QString &label);

    QSpinBox *m_ema;
    QSpinBox *m_sma;
    QSpinBox *m_bollingerPeriod;
    QDoubleSpinBox *m_bollingerK;
    QSpinBox *m_rsi;
    QSpinBox *m_macdFast;
    QSpinBox *m_macdSlow;
    QSpinBox *m_macdSignal;
};

} // namespace cl::chart
