#pragma once

#include "model/timeframe.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::backtest {

// backtest_runs and optimization_trials (migration 0003). A run keeps its parameters, metrics and trades as
// JSON; an optimization or walk-forward is a run whose trials hold each parameter set, its metrics, its seed
// and (walk-forward) its window. The caller owns the transaction.
class BacktestRepository
{
public:
    struct StoredTrial
    {
        int trial = 0;
        std::optional<qint64> seed;
        QByteArray params;
        QByteArray metrics;
        QByteArray window;
    };

    explicit BacktestRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    std::optional<qint64> insertRun(qint64 symbolId, model::Timeframe timeframe, std::optional<qint64> from,
        std::optional<qint64> to, qint64 createdAt, const QByteArray &params, const QByteArray &metrics,
        const QByteArray &trades, QString *error);
    bool insertTrial(qint64 runId, const StoredTrial &trial, QString *error);
    std::vector<StoredTrial> trials(qint64 runId, QString *error);
    qint64 runCount(QString *error);

private:
    storage::SqlConnection &m_connection;
};

} // namespace cl::backtest
