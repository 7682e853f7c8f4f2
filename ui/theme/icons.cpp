#include "icons.h"

#include <QDir>
#include <QFile>

namespace cl::ui {

QIcon Icons::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QStringList Icons::names()
{
    QStringList result;
    for (const QString &file : QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}))
        result.append(file.chopped(4));
    return result;
}

} // namespace cl::ui
