#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cl::ui {

// Installs the translators for `language` ("de", "es", "zh_CN"; "" = the system's language, "en" =
// none): CryptoLens' own catalogue (compiled in from translations/) and Qt's (for the standard dialogs)
// when the system has it. Replaces what an earlier call installed. Returns the language loaded ("en" when
// nothing matched).
QString installTranslators(QCoreApplication &app, const QString &language);

// The languages the catalogue has, with their own names for the settings dialog ("Deutsch" ...).
QStringList availableLanguages();
QString languageDisplayName(const QString &code);

} // namespace cl::ui
