#include "alertsound.h"

#include <QApplication>

namespace cl::ui {

bool playAlertSound(const QString &sound)
{
    if (sound.isEmpty() || sound == QLatin1String("none"))
        return false;
    QApplication::beep();
    return true;
}

} // namespace cl::ui
