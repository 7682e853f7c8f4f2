#pragma once

#include "journalentry.h"
#include "performancemetrics.h"
#include "portfolio.h"
#include "trade.h"
#include "tradepnl.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// A portfolio read whole from the database: its trades, their results (with the journal's moods for the
// breakdowns) and journal entries. What `metrics` and the journal export work from.
struct PortfolioSnapshot
{
    Portfolio portfolio;
    std::vector<Trade> trades;
    std::vector<TradeResult> results;                       // same order as trades
    QHash<qint64, std::vector<JournalEntry>> journal;       // by trade id

    // nullopt with *error naming the portfolio when it does not exist or cannot be read.
    static std::optional<PortfolioSnapshot> load(storage::SqlConnection &connection, const QString &name, QString *error);

    MetricsReport metrics(const MetricsOptions &options = {}) const;
    const Trade *trade(qint64 id) const;
};

} // namespace cl::portfolio
