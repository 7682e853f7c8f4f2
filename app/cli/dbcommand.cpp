#include "dbcommand.h"

#include "clioptions.h"

#include "storage/database.h"
#include "storage/databasemaintenance.h"
#include "storage/migrator.h"
#include "storage/sqlconnection.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cl::cli {

int DbCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli db <init|check|migrate|backup|vacuum|stats>"),
                       QStringLiteral("Database lifecycle.\n"
                                      "  init     create the database (a damaged one is moved aside, never deleted)\n"
                                      "  check    integrity check and schema version check\n"
                                      "  migrate  bring the schema to this program's version\n"
                                      "  backup   consistent copy to --to FILE\n"
                                      "  vacuum   reclaim free space\n"
                                      "  stats    file size and rows per table"));
    options.addPositional(QStringLiteral("action"), QStringLiteral("init, check, migrate, backup, vacuum or stats"));
    options.addOption({QStringLiteral("to"), QStringLiteral("Backup target file."), QStringLiteral("FILE")});
    options.addOption({QStringLiteral("format"), QStringLiteral("stats output: table or json."), QStringLiteral("FORMAT"),
                       QStringLiteral("table")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QStringList positional = options.positional();
    if (positional.size() != 1) {
        context.err << "cryptolens-cli db: say one action: init, check, migrate, backup, vacuum or stats\n";
        return UserError;
    }
    const QString action = positional.first();
    const QString path = options.databasePath();
    if (action == QLatin1String("init"))
        return init(path, context);
    if (action == QLatin1String("check"))
        return check(path, context);
    if (action == QLatin1String("migrate"))
        return migrate(path, context);

    storage::SqlConnection connection;
    if (action == QLatin1String("backup") || action == QLatin1String("vacuum") || action == QLatin1String("stats")) {
        if (action == QLatin1String("backup") && !options.require(context, QStringLiteral("to")))
            return UserError;
        if (!options.openDatabase(context, connection))
            return UserError;
    } else {
        context.err << "cryptolens-cli db: unknown action '" << action << "'\n";
        return UserError;
    }
    storage::DatabaseMaintenance maintenance(connection);
    QString error;
    if (action == QLatin1String("backup")) {
        if (!maintenance.backupTo(options.value(QStringLiteral("to")), &error)) {
            context.err << "backup failed: " << error << "\n";
            return UserError;
        }
        context.err << "backed up " << path << " to " << options.value(QStringLiteral("to")) << "\n";
        return Ok;
    }
    if (action == QLatin1String("vacuum")) {
        if (!maintenance.vacuum(&error)) {
            context.err << "vacuum failed: " << error << "\n";
            return InternalError;
        }
        context.err << "vacuumed " << path << "\n";
        return Ok;
    }
    const auto stats = maintenance.stats(&error);
    if (options.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject tables;
        for (const auto &[name, rows] : stats.rowsPerTable)
            tables.insert(name, rows);
        QJsonObject timeframes;
        for (const auto &[tf, rows] : stats.candlesPerTimeframe)
            timeframes.insert(tf, rows);
        const QJsonObject json{{QStringLiteral("path"), path},
                               {QStringLiteral("schema_version"), stats.schemaVersion},
                               {QStringLiteral("file_bytes"), stats.fileBytes},
                               {QStringLiteral("wal_bytes"), stats.walBytes},
                               {QStringLiteral("pages"), stats.pageCount},
                               {QStringLiteral("free_pages"), stats.freePages},
                               {QStringLiteral("rows"), tables},
                               {QStringLiteral("candles_per_timeframe"), timeframes}};
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    context.out << "database        " << path << "\n"
                << "schema version  " << stats.schemaVersion << "\n"
                << "file size       " << stats.fileBytes << " bytes (+" << stats.walBytes << " WAL)\n"
                << "pages           " << stats.pageCount << " (" << stats.freePages << " free)\n";
    for (const auto &[name, rows] : stats.rowsPerTable)
        context.out << "  " << name.leftJustified(22) << rows << "\n";
    for (const auto &[tf, rows] : stats.candlesPerTimeframe)
        context.out << "  candles " << tf.leftJustified(14) << rows << "\n";
    return Ok;
}

int DbCommand::init(const QString &path, CliContext &context)
{
    auto outcome = storage::Database::prepare(path);
    if (outcome.status == storage::Database::Status::Damaged) {
        QString error;
        const QString aside = storage::Database::moveAside(path, &error);
        if (aside.isEmpty()) {
            context.err << outcome.message << "\n" << error << "\n";
            return InternalError;
        }
        context.err << outcome.message << "\nmoved the damaged database aside to " << aside << "\n";
        outcome = storage::Database::prepare(path);
    }
    if (outcome.status != storage::Database::Status::Ok) {
        context.err << outcome.message << "\n";
        return UserError;
    }
    context.err << (outcome.created ? "created " : "opened ") << outcome.message << "\n";
    return Ok;
}

int DbCommand::check(const QString &path, CliContext &context)
{
    if (!QFileInfo::exists(path)) {
        context.err << "no database at " << path << " (run `cryptolens-cli db init`)\n";
        return UserError;
    }
    const QString problems = storage::Database::checkIntegrity(path, true);
    if (!problems.isEmpty()) {
        context.err << "integrity check FAILED for " << path << ": " << problems << "\n";
        return UserError;
    }
    storage::SqlConnection connection;
    QString error;
    if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, &error)) {
        context.err << error << "\n";
        return UserError;
    }
    const storage::Migrator migrator;
    const int version = storage::Migrator::currentVersion(connection, &error);
    if (!migrator.checkNotNewer(connection, &error)) {
        context.err << error << "\n";
        return UserError;
    }
    if (version < migrator.latestVersion()) {
        context.err << "integrity ok; schema version " << version << " is older than " << migrator.latestVersion()
                    << " (run `cryptolens-cli db migrate`)\n";
        return UserError;
    }
    context.out << "ok: " << path << " passed integrity_check, schema version " << version << "\n";
    return Ok;
}

int DbCommand::migrate(const QString &path, CliContext &context)
{
    const auto outcome = storage::Database::prepare(path);
    if (outcome.status != storage::Database::Status::Ok) {
        context.err << outcome.message << "\n";
        return outcome.status == storage::Database::Status::Failed ? InternalError : UserError;
    }
    context.err << outcome.message << "\n";
    return Ok;
}

} // namespace cl::cli
