#include "migrator.h"

#include "sqlconnection.h"
#include "sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace cl::storage {

QList<Migration> Migrator::builtIn()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    return migrations;
}

Migrator::Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(SqlConnection &connection, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(connection.handle(), "PRAGMA user_version", error) || !query.step(error))
        return -1;
    return query.hasRow() ? int(query.columnInt64(0)) : 0;
}

bool Migrator::checkNotNewer(SqlConnection &connection, QString *error) const
{
    const int current = currentVersion(connection, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error) {
            *error = QStringLiteral("database %1 has schema version %2, newer than this CryptoLens understands (%3); "
                                    "open it with a newer CryptoLens (it is never downgraded)")
                         .arg(connection.path())
                         .arg(current)
                         .arg(latestVersion());
        }
        return false;
    }
    return true;
}

bool Migrator::migrate(SqlConnection &connection, QString *error) const
{
    if (!checkNotNewer(connection, error))
        return false;
    const int current = currentVersion(connection, error);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        QString why;
        const QByteArray script = "BEGIN IMMEDIATE;\n" + migration.sql + "\n;PRAGMA user_version = "
            + QByteArray::number(migration.version) + ";\nCOMMIT;";
        if (!connection.exec(script.constData(), &why)) {
            QString ignored;
            connection.exec("ROLLBACK;", &ignored);
            if (error) {
                *error = QStringLiteral("migration %1 (%2) failed, schema left at version %3: %4")
                             .arg(migration.version)
                             .arg(migration.name)
                             .arg(currentVersion(connection))
                             .arg(why);
            }
            return false;
        }
    }
    return true;
}

} // namespace cl::storage
