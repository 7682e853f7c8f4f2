#include "amountspinbox.h"

#include <QDoubleSpinBox>

namespace cl::ui {

QDoubleSpinBox *createAmountSpinBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(8);
    box->setRange(0.0, 1e12);
    box->setSpecialValueText(QObject::tr("none"));
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace cl::ui
