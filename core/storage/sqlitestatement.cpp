#include "sqlitestatement.h"

#include <sqlite3.h>

#include <utility>

namespace cl::storage {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)), m_hasRow(other.m_hasRow)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_hasRow = other.m_hasRow;
    }
    return *this;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    finalize();
    m_db = db;
    if (!db || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("database is not open");
        finalize();
        return false;
    }
    return true;
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    m_hasRow = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_hasRow = false;
}

qint64 SqliteStatement::columnInt64(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

double SqliteStatement::columnDouble(int index) const
{
    return sqlite3_column_double(m_stmt, index);
}

QString SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)) : QString();
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

std::optional<double> SqliteStatement::columnOptionalDouble(int index) const
{
    return columnIsNull(index) ? std::nullopt : std::optional<double>(columnDouble(index));
}

void SqliteStatement::bindOptional(int index, const std::optional<double> &value)
{
    if (value)
        bindDouble(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindOptional(int index, const std::optional<qint64> &value)
{
    if (value)
        bindInt64(index, *value);
    else
        bindNull(index);
}

} // namespace cl::storage
