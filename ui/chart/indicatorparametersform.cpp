#include "indicatorparametersform.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace cl::chart {

IndicatorParametersForm::IndicatorParametersForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_ema = addPeriod(QStringLiteral("indicatorEmaPeriod"), tr("EMA period:"));
    m_sma = addPeriod(QStringLiteral("indicatorSmaPeriod"), tr("SMA period:"));
    m_bollingerPeriod = addPeriod(QStringLiteral("indicatorBollingerPeriod"), tr("Bollinger period:"));
    m_bollingerK = new QDoubleSpinBox(this);
    m_bollingerK->setObjectName(QStringLiteral("indicatorBollingerK"));
    m_bollingerK->setDecimals(2);
    m_bollingerK->setRange(0.01, IndicatorParameters::kMaxBollingerK);
    m_bollingerK->setSingleStep(0.1);
    m_bollingerK->setToolTip(tr("Band distance from the middle line in standard deviations"));
    form->addRow(tr("Bollinger width (× standard deviation):"), m_bollingerK);
    m_rsi = addPeriod(QStringLiteral("indicatorRsiPeriod"), tr("RSI period:"));
    m_macdFast = addPeriod(QStringLiteral("indicatorMacdFast"), tr("MACD fast period:"));
    m_macdSlow = addPeriod(QStringLiteral("indicatorMacdSlow"), tr("MACD slow period:"));
    m_macdSignal = addPeriod(QStringLiteral("indicatorMacdSignal"), tr("MACD signal period:"));
    setParameters(IndicatorParameters{});
}

QSpinBox *IndicatorParametersForm::addPeriod(const QString &objectName, const QString &label)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(IndicatorParameters::kMinPeriod, IndicatorParameters::kMaxPeriod);
    static_cast<QFormLayout *>(layout())->addRow(label, box);
    return box;
}

void IndicatorParametersForm::setParameters(const IndicatorParameters &parameters)
{
    m_ema->setValue(parameters.emaPeriod);
    m_sma->setValue(parameters.smaPeriod);
    m_bollingerPeriod->setValue(parameters.bollingerPeriod);
    m_bollingerK->setValue(parameters.bollingerK);
    m_rsi->setValue(parameters.rsiPeriod);
    m_macdFast->setValue(parameters.macdFast);
    m_macdSlow->setValue(parameters.macdSlow);
    m_macdSignal->setValue(parameters.macdSignal);
}

IndicatorParameters IndicatorParametersForm::parameters() const
{
    IndicatorParameters p;
    p.emaPeriod = m_ema->value();
    p.smaPeriod = m_sma->value();
    p.bollingerPeriod = m_bollingerPeriod->value();
    p.bollingerK = m_bollingerK->value();
    p.rsiPeriod = m_rsi->value();
    p.macdFast = m_macdFast->value();
    p.macdSlow = m_macdSlow->value();
    p.macdSignal = m_macdSignal->value();
    return p;
}

} // namespace cl::chart
