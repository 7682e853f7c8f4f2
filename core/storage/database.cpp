#include "database.h"

#include "migrator.h"
#include "sqlconnection.h"
#include "sqlitestatement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace cl::storage {

QString Database::checkIntegrity(const QString &path, bool thorough)
{
    SqlConnection connection;
    QString error;
    if (!connection.open(path, SqlConnection::Mode::ReadOnly, &error))
        return error;
    SqliteStatement check;
    if (!check.prepare(connection.handle(), thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check", &error))
        return error;
    QStringList problems;
    while (check.step(&error) && check.hasRow()) {
        const QString line = check.columnText(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!error.isEmpty())
        problems.append(error);
    return problems.join(QLatin1String("; "));
}

Database::Outcome Database::prepare(const QString &path)
{
    Outcome outcome;
    const QFileInfo info(path);
    outcome.created = !info.exists() || info.size() == 0;
    if (!QDir().mkpath(info.absolutePath())) {
        outcome.message = QStringLiteral("cannot create the data folder %1").arg(info.absolutePath());
        return outcome;
    }
    if (!outcome.created) {
        const QString problems = checkIntegrity(path, false);
        if (!problems.isEmpty()) {
            outcome.status = Status::Damaged;
            outcome.message = QStringLiteral("database %1 is damaged: %2").arg(path, problems);
            return outcome;
        }
    }
    SqlConnection connection;
    QString error;
    if (!connection.open(path, SqlConnection::Mode::ReadWrite, &error)) {
        outcome.message = error;
        return outcome;
    }
    const Migrator migrator;
    if (!migrator.checkNotNewer(connection, &error)) {
        outcome.status = Status::TooNew;
        outcome.message = error;
        return outcome;
    }
    if (!migrator.migrate(connection, &error)) {
        outcome.message = error;
        return outcome;
    }
    outcome.schemaVersion = Migrator::currentVersion(connection);
    outcome.status = Status::Ok;
    outcome.message = QStringLiteral("database %1 ready (schema version %2)").arg(path).arg(outcome.schemaVersion);
    return outcome;
}

QString Database::moveAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QStringLiteral("cannot move %1 aside to %2").arg(path, target);
        return {};
    }
    // The write-ahead log belongs to the damaged file; leaving it would replay it into the fresh database.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

} // namespace cl::storage
