#include "indicatorsettingsdialog.h"

#include "indicatorparametersform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl::chart {

IndicatorSettingsDialog::IndicatorSettingsDialog(
    const IndicatorParameters &current, const IndicatorParameters &defaults, QWidget *parent)
    : QDialog(parent)
    , m_defaults(defaults)
    , m_form(new IndicatorParametersForm(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("indicatorSettingsDialog"));
    setWindowTitle(tr("Indicator settings"));
    m_form->setParameters(current);
    m_error->setObjectName(QStringLiteral("indicatorSettingsError"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setToolTip(tr("The defaults for new charts from the settings"));
    connect(restore, &QPushButton::clicked, this, &IndicatorSettingsDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

IndicatorParameters IndicatorSettingsDialog::parameters() const
{
    return m_form->parameters();
}

void IndicatorSettingsDialog::restoreDefaults()
{
    m_form->setParameters(m_defaults);
    m_error->clear();
}

void IndicatorSettingsDialog::accept()
{
    const QString problem = parameters().validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace cl::chart
