#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cl::storage {

class SqlConnection;

// The lifecycle chores behind `cryptolens-cli db ...` and the app's maintenance menu.
class DatabaseMaintenance
{
public:
    struct Stats
    {
        int schemaVersion = 0;
        qint64 fileBytes = 0;
        qint64 walBytes = 0;
        qint64 pageCount = 0;
        qint64 freePages = 0;
        QList<QPair<QString, qint64>> rowsPerTable;
        QList<QPair<QString, qint64>> candlesPerTimeframe;
    };

    explicit DatabaseMaintenance(SqlConnection &connection) : m_connection(connection) {}

    // A consistent copy of the live database (VACUUM INTO); refuses to overwrite an existing file.
    bool backupTo(const QString &target, QString *error);
    bool vacuum(QString *error);
    Stats stats(QString *error);

private:
    SqlConnection &m_connection;
};

} // namespace cl::storage
