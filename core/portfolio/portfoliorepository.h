#pragma once

#include "portfolio.h"

#include <QList>
#include <QString>

#include <optional>

namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// Rows of the portfolios table. Deleting a portfolio deletes its trades, fills and journal (ON DELETE CASCADE).
class PortfolioRepository
{
public:
    explicit PortfolioRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    // Returns the new id; nullopt with *error when the name is taken or the values are invalid.
    std::optional<qint64> create(const Portfolio &portfolio, QString *error);
    std::optional<Portfolio> findByName(const QString &name, QString *error = nullptr);
    std::optional<Portfolio> find(qint64 id, QString *error = nullptr);
    QList<Portfolio> all(QString *error = nullptr);
    // False with *error when there is no such portfolio.
    bool remove(const QString &name, QString *error);
    // Trades per portfolio id (open and closed), for listings.
    qint64 tradeCount(qint64 portfolioId, QString *error = nullptr);

private:
    storage::SqlConnection &m_connection;
};

} // namespace cl::portfolio
