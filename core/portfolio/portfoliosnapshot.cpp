#include "portfoliosnapshot.h"

#include "journalrepository.h"
#include "portfoliorepository.h"
#include "traderepository.h"

namespace cl::portfolio {

std::optional<PortfolioSnapshot> PortfolioSnapshot::load(storage::SqlConnection &connection, const QString &name,
                                                         QString *error)
{
    PortfolioSnapshot s;
    QString why;
    const auto portfolio = PortfolioRepository(connection).findByName(name, &why);
    if (!portfolio) {
        *error = why.isEmpty() ? QStringLiteral("no portfolio named '%1' (see `cryptolens-cli portfolio list`)").arg(name)
                               : why;
        return std::nullopt;
    }
    s.portfolio = *portfolio;
    s.trades = TradeRepository(connection).load(portfolio->id, &why);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot read the trades of '%1': %2").arg(name, why);
        return std::nullopt;
    }
    JournalRepository journal(connection);
    s.journal = journal.forPortfolio(portfolio->id, &why);
    const QHash<qint64, QString> moods = journal.moods(portfolio->id, &why);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot read the journal of '%1': %2").arg(name, why);
        return std::nullopt;
    }
    s.results.reserve(s.trades.size());
    for (const Trade &t : s.trades) {
        TradeResult r = TradePnl::evaluate(t);
        r.mood = moods.value(t.id);
        s.results.push_back(std::move(r));
    }
    return s;
}

MetricsReport PortfolioSnapshot::metrics(const MetricsOptions &options) const
{
    return PerformanceMetrics::compute(portfolio.initialBalance, results, options);
}

const Trade *PortfolioSnapshot::trade(qint64 id) const
{
    for (const Trade &t : trades) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace cl::portfolio
