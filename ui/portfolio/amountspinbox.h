#pragma once

class QDoubleSpinBox;
class QWidget;

namespace cl::ui {

// The spin box of the trade forms for a price, quantity or fee: 8 decimals (crypto quantities and small-cap
// prices need them), digit grouping, and 0 shown as "none" for an optional level left empty.
QDoubleSpinBox *createAmountSpinBox(QWidget *parent);

} // namespace cl::ui
