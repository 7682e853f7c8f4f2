#include "portfoliorepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <cmath>

namespace cl::portfolio {

using storage::SqliteStatement;

namespace {

constexpr const char *kColumns = "SELECT id, name, currency, initial_balance, is_paper, created_at FROM portfolios ";

Portfolio readRow(const SqliteStatement &q)
{
    Portfolio p;
    p.id = q.columnInt64(0);
    p.name = q.columnText(1);
    p.currency = q.columnText(2);
    p.initialBalance = q.columnDouble(3);
    p.isPaper = q.columnInt64(4) != 0;
    p.createdAt = q.columnInt64(5);
    return p;
}

} // namespace

std::optional<qint64> PortfolioRepository::create(const Portfolio &portfolio, QString *error)
{
    if (portfolio.name.trimmed().isEmpty()) {
        *error = QStringLiteral("a portfolio needs a name");
        return std::nullopt;
    }
    if (!std::isfinite(portfolio.initialBalance) || portfolio.initialBalance <= 0.0) {
        *error = QStringLiteral("initial balance must be a positive number");
        return std::nullopt;
    }
    if (findByName(portfolio.name, error)) {
        *error = QStringLiteral("a portfolio named '%1' already exists").arg(portfolio.name);
        return std::nullopt;
    }
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(),
                        "INSERT INTO portfolios (name, currency, initial_balance, is_paper, created_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)",
                        error))
        return std::nullopt;
    insert.bindText(1, portfolio.name);
    insert.bindText(2, portfolio.currency);
    insert.bindDouble(3, portfolio.initialBalance);
    insert.bindInt64(4, portfolio.isPaper ? 1 : 0);
    insert.bindInt64(5, portfolio.createdAt);
    if (!insert.step(error))
        return std::nullopt;
    const auto created = findByName(portfolio.name, error);
    return created ? std::optional<qint64>(created->id) : std::nullopt;
}

std::optional<Portfolio> PortfolioRepository::findByName(const QString &name, QString *error)
{
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), QByteArray(QByteArray(kColumns) + "WHERE name = ?1").constData(), error))
        return std::nullopt;
    q.bindText(1, name);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return readRow(q);
}

std::optional<Portfolio> PortfolioRepository::find(qint64 id, QString *error)
{
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), QByteArray(QByteArray(kColumns) + "WHERE id = ?1").constData(), error))
        return std::nullopt;
    q.bindInt64(1, id);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return readRow(q);
}

QList<Portfolio> PortfolioRepository::all(QString *error)
{
    QList<Portfolio> list;
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), QByteArray(QByteArray(kColumns) + "ORDER BY name").constData(), error))
        return list;
    while (q.step(error) && q.hasRow())
        list.append(readRow(q));
    return list;
}

bool PortfolioRepository::remove(const QString &name, QString *error)
{
    const auto existing = findByName(name, error);
    if (!existing) {
        *error = QStringLiteral("no portfolio named '%1'").arg(name);
        return false;
    }
    SqliteStatement del;
    if (!del.prepare(m_connection.handle(), "DELETE FROM portfolios WHERE id = ?1", error))
        return false;
    del.bindInt64(1, existing->id);
    return del.step(error);
}

qint64 PortfolioRepository::tradeCount(qint64 portfolioId, QString *error)
{
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT COUNT(*) FROM trades WHERE portfolio_id = ?1", error))
        return 0;
    q.bindInt64(1, portfolioId);
    if (!q.step(error) || !q.hasRow())
        return 0;
    return q.columnInt64(0);
}

} // namespace cl::portfolio
