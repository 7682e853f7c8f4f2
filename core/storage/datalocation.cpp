#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cl::storage {

void DataLocation::applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CryptoLens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cryptolens.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("CryptoLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CL_VERSION_STRING));
}

QString DataLocation::resolve(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataLocation::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cryptolens.sqlite"));
}

QString DataLocation::logPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cryptolens.log"));
}

} // namespace cl::storage
