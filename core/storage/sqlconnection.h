#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace cl::storage {

// One named QSQLITE connection with the pragmas every CryptoLens connection uses (WAL, synchronous=NORMAL,
// foreign_keys=ON, busy timeout). Qt connections belong to the thread that opens them, so each thread makes
// its own; the connection is removed from Qt's registry when this object dies.
class SqlConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqlConnection() = default;
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool open(const QString &path, Mode mode, QString *error);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }
    const QString &path() const { return m_path; }
    // The driver's sqlite3 handle for the hot paths (bulk upserts, scripts); nullptr when not open.
    sqlite3 *handle() const;

    // Runs one or more SQL statements through sqlite3_exec.
    bool exec(const char *sql, QString *error);

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
};

} // namespace cl::storage
