#pragma once

#include <QIcon>
#include <QString>

namespace cl::ui {

// The application's SVG icons (ui/theme/icons, compiled in as :/icons/NAME.svg).
class Icons
{
public:
    // The icon NAME, or a null icon when there is none of that name.
    static QIcon icon(const QString &name);
    static QStringList names();
};

} // namespace cl::ui
