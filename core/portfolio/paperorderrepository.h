#pragma once

#include "paperorder.h"

#include <QString>

#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// Rows of paper_orders and paper_accounts (migration 0008).
class PaperOrderRepository
{
public:
    explicit PaperOrderRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    std::optional<qint64> insert(const PaperOrder &order, QString *error);
    // Writes status, updatedAt and the fill columns.
    bool update(const PaperOrder &order, QString *error);
    std::vector<PaperOrder> working(QString *error = nullptr);
    std::vector<PaperOrder> forTrade(qint64 tradeId, QString *error = nullptr);
    std::vector<PaperOrder> forPortfolio(qint64 portfolioId, QString *error = nullptr);
    std::optional<PaperOrder> find(qint64 orderId, QString *error = nullptr);

    // The account's costs; the defaults of PaperSettings when none were saved.
    PaperSettings settings(qint64 portfolioId, QString *error = nullptr);
    bool saveSettings(qint64 portfolioId, const PaperSettings &settings, QString *error);

private:
    std::vector<PaperOrder> query(const char *where, qint64 key, QString *error);

    storage::SqlConnection &m_connection;
};

} // namespace cl::portfolio
