#pragma once

#include "migration.h"

#include <QList>
#include <QString>

namespace cl::storage {

class SqlConnection;

// Brings a database to the newest schema. Each migration runs in its own transaction together with the
// PRAGMA user_version bump, so a failure leaves the previous schema intact. A database whose version is
// newer than the program knows is refused, never downgraded.
class Migrator
{
public:
    // The migrations shipped as resources (:/sql/migrations/NNNN_name.sql), in order.
    static QList<Migration> builtIn();

    explicit Migrator(QList<Migration> migrations = builtIn());

    int latestVersion() const;
    static int currentVersion(SqlConnection &connection, QString *error = nullptr);

    // Applies every migration above the current version. On failure *error names the migration and why.
    bool migrate(SqlConnection &connection, QString *error) const;
    // False (with *error) when the file's schema is newer than latestVersion().
    bool checkNotNewer(SqlConnection &connection, QString *error) const;

private:
    QList<Migration> m_migrations;
};

} // namespace cl::storage
