#pragma once

#include "equitycurve.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace cl::portfolio {

// The realized equity curve with its drawdown ("underwater") panel below, painted with QPainter into an image
// for the Markdown and PDF exports. Print-friendly: white background, dark lines, light fills. Needs a
// QGuiApplication (fonts).
class EquityChart
{
public:
    struct Style
    {
        QSize logicalSize{720, 330};  // the layout size; the image has scale times the pixels
        qreal scale = 2.5;            // sharp on paper
        QString currency;
    };

    static QImage render(const EquityCurve &curve, const Style &style);
};

} // namespace cl::portfolio
