#pragma once

#include <QString>

#include <cmath>

namespace cl::ui {

// A price with the decimals its size needs (about 6 significant digits, at least 2 decimals): 64 123.50,
// 95.8591, 0.000012345. Tables and the details pane show prices this way so columns stay readable.
inline QString formatPrice(double price)
{
    if (!std::isfinite(price))
        return QStringLiteral("–");
    const double magnitude = std::abs(price);
    const int integerDigits = magnitude >= 1.0 ? int(std::floor(std::log10(magnitude))) + 1 : 0;
    int decimals = std::max(2, 6 - integerDigits);
    if (magnitude > 0.0 && magnitude < 1.0)
        decimals = std::min(12, int(-std::floor(std::log10(magnitude))) + 4);
    return QString::number(price, 'f', decimals);
}

} // namespace cl::ui
