#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cl::storage {

// A prepared statement on the raw sqlite3 handle, finalized on destruction. Used where QSqlQuery's
// per-row QVariant traffic would cost more than the write itself (bulk candle upserts, imports).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool prepare(sqlite3 *db, const char *sql, QString *error);
    bool isPrepared() const { return m_stmt != nullptr; }

    void bindInt64(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &value);
    void bindNull(int index);
    // NULL when the value is absent (optional columns such as a trade's stop or exit).
    void bindOptional(int index, const std::optional<double> &value);
    void bindOptional(int index, const std::optional<qint64> &value);

    // Steps once. Returns true for a row (SQLITE_ROW) or completion (SQLITE_DONE); hasRow() tells which.
    bool step(QString *error);
    bool hasRow() const { return m_hasRow; }
    void reset();

    qint64 columnInt64(int index) const;
    double columnDouble(int index) const;
    QString columnText(int index) const;
    bool columnIsNull(int index) const;
    std::optional<double> columnOptionalDouble(int index) const;

private:
    void finalize();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_hasRow = false;
};

} // namespace cl::storage
