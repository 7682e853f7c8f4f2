#include "thememanager.h"

#include <QApplication>
#include <QStyleFactory>
#include <QToolTip>

namespace cl::ui {

ThemeManager &ThemeManager::instance()
{
    static ThemeManager manager;
    return manager;
}

ThemeManager::ThemeManager() : m_theme(Theme::dark()) {}

void ThemeManager::apply(const QString &name, int pointSize)
{
    m_theme = Theme::named(name);
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion); // Fusion draws our palette faithfully on every platform
    QApplication::setPalette(m_theme.palette);
    QToolTip::setPalette(m_theme.palette);
    QFont font = QApplication::font();
    if (m_defaultPointSize == 0)
        m_defaultPointSize = font.pointSize();
    font.setPointSize(pointSize > 0 ? pointSize : m_defaultPointSize);
    QApplication::setFont(font);
    emit themeChanged(m_theme);
}

} // namespace cl::ui
