#include "databasemaintenance.h"

#include "migrator.h"
#include "model/timeframe.h"
#include "sqlconnection.h"
#include "sqlitestatement.h"

#include <QFileInfo>

namespace cl::storage {

namespace {
qint64 scalar(sqlite3 *db, const QByteArray &sql, QString *error)
{
    SqliteStatement query;
    if (!query.prepare(db, sql.constData(), error) || !query.step(error) || !query.hasRow())
        return -1;
    return query.columnInt64(0);
}
} // namespace

bool DatabaseMaintenance::backupTo(const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = QStringLiteral("backup target %1 exists already; choose a new file").arg(target);
        return false;
    }
    SqliteStatement backup;
    if (!backup.prepare(m_connection.handle(), "VACUUM INTO ?1", error))
        return false;
    backup.bindText(1, target);
    return backup.step(error);
}

bool DatabaseMaintenance::vacuum(QString *error)
{
    return m_connection.exec("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;", error);
}

DatabaseMaintenance::Stats DatabaseMaintenance::stats(QString *error)
{
    Stats stats;
    sqlite3 *db = m_connection.handle();
    stats.schemaVersion = Migrator::currentVersion(m_connection, error);
    stats.fileBytes = QFileInfo(m_connection.path()).size();
    stats.walBytes = QFileInfo(m_connection.path() + QStringLiteral("-wal")).size();
    stats.pageCount = scalar(db, "PRAGMA page_count", error);
    stats.freePages = scalar(db, "PRAGMA freelist_count", error);

    SqliteStatement tables;
    if (tables.prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                       error)) {
        QStringList names;
        while (tables.step(error) && tables.hasRow())
            names.append(tables.columnText(0));
        for (const QString &name : names)
            stats.rowsPerTable.append({name, scalar(db, "SELECT count(*) FROM \"" + name.toUtf8() + '"', error)});
    }
    SqliteStatement perTimeframe;
    if (perTimeframe.prepare(db, "SELECT timeframe, count(*) FROM candles GROUP BY timeframe ORDER BY timeframe", error)) {
        while (perTimeframe.step(error) && perTimeframe.hasRow()) {
            const auto tf = model::Timeframe::fromMinutes(perTimeframe.columnInt64(0));
            stats.candlesPerTimeframe.append({tf ? tf->toString() : perTimeframe.columnText(0), perTimeframe.columnInt64(1)});
        }
    }
    return stats;
}

} // namespace cl::storage
