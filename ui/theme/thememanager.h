#pragma once

#include "theme.h"

#include <QObject>

class QApplication;

namespace cl::ui {

// Applies a Theme and the font-size preference to the whole application (Fusion style, palette, font)
// and tells the widgets that draw their own colours (chart, matrix) through themeChanged.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    static ThemeManager &instance();

    // Sets Fusion, the palette of `name` ("dark"/"light") and, when pointSize > 0, the application font size.
    void apply(const QString &name, int pointSize = 0);
    const Theme &current() const { return m_theme; }

signals:
    void themeChanged(const cl::ui::Theme &theme);

private:
    ThemeManager();

    Theme m_theme;
    int m_defaultPointSize = 0;
};

} // namespace cl::ui
