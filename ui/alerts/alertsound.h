#pragma once

#include <QString>

namespace cl::ui {

// The sound of a rule. Qt Multimedia is not part of the build (not installed on the Debian build hosts),
// so every sound name but "" (silent) is the platform beep (QApplication::beep): a documented limitation
// until a sound backend is added. Returns whether a sound was made.
bool playAlertSound(const QString &sound);

} // namespace cl::ui
