#pragma once

#include <QString>

namespace cl::storage {

// Where CryptoLens keeps its files. The GUI and the CLI share one location so the CLI sees what the app stored.
class DataLocation
{
public:
    // Sets organization and application names so QStandardPaths and QSettings agree in both executables.
    static void applyApplicationIdentity();
    // QStandardPaths::AppDataLocation, or the --data-dir override.
    static QString resolve(const QString &overrideDir);
    static QString databasePath(const QString &dataDir);
    static QString logPath(const QString &dataDir);
};

} // namespace cl::storage
