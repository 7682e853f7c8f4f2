#include "sqlconnection.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace cl::storage {

namespace {
QAtomicInteger<quint64> g_connectionCounter;
constexpr int kBusyTimeoutMs = 10'000;
} // namespace

SqlConnection::~SqlConnection()
{
    close();
}

bool SqlConnection::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_path = path;
    m_name = QStringLiteral("cryptolens-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        if (error)
            *error = QStringLiteral("cannot open database %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    const char *pragmas = mode == Mode::ReadWrite
        // page_size only takes effect on a new file and must precede WAL; 16 KiB pages make the candle
        // b-tree shallower, which bulk inserts feel most. A 64 MiB page cache keeps its upper levels hot.
        ? "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
          "PRAGMA cache_size=-65536;"
        : "PRAGMA foreign_keys=ON;";
    if (!exec(pragmas, error)) {
        close();
        return false;
    }
    return true;
}

void SqlConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

sqlite3 *SqlConnection::handle() const
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool SqlConnection::exec(const char *sql, QString *error)
{
    sqlite3 *db = handle();
    if (!db) {
        if (error)
            *error = QStringLiteral("database is not open");
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace cl::storage
