#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace cl::ui {

namespace {
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

void removeInstalled(QCoreApplication &app)
{
    for (QPointer<QTranslator> *slot : {&g_own, &g_qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    Q_UNUSED(app);
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString languageDisplayName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString installTranslators(QCoreApplication &app, const QString &language)
{
    removeInstalled(app);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto *own = new QTranslator(&app);
    // qt_add_translations embeds cryptolens_<lang>.qm under :/i18n.
    if (!own->load(locale, QStringLiteral("cryptolens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    g_own = own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return locale.name() == QLatin1String("zh_CN") ? locale.name() : QLocale::languageToCode(locale.language());
}

} // namespace cl::ui
