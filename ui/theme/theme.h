#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace cl::ui {

// The colours of one look: the widget palette plus the trading colours the chart, the matrix and the
// signal list share, so a theme switch changes all of them together.
struct Theme
{
    enum class Kind { Dark, Light };

    Kind kind = Kind::Dark;
    QPalette palette;
    QColor bullish;
    QColor bearish;
    QColor neutral;
    QColor chartBackground;
    QColor chartGrid;
    QColor chartText;
    QColor crosshair;
    QColor volume;
    QColor zoneFill; // pattern zones, drawn with the direction colour at this alpha
    QColor warning;

    QString name() const { return kind == Kind::Dark ? QStringLiteral("dark") : QStringLiteral("light"); }

    static Theme dark();
    static Theme light();
    // "light" gives the light theme, anything else the dark default.
    static Theme named(const QString &name);
};

} // namespace cl::ui
