#include "backtestrepository.h"

#include "storage/sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cl::backtest {

namespace {

QVariant optional(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant text(const QByteArray &json)
{
    return json.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(json));
}

} // namespace

std::optional<qint64> BacktestRepository::insertRun(qint64 symbolId, model::Timeframe timeframe,
    std::optional<qint64> from, std::optional<qint64> to, qint64 createdAt, const QByteArray &params,
    const QByteArray &metrics, const QByteArray &trades, QString *error)
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("INSERT INTO backtest_runs (created_at, symbol_id, timeframe, from_time, to_time, params, "
                             "metrics, trades) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(createdAt);
    q.addBindValue(symbolId);
    q.addBindValue(timeframe.toString());
    q.addBindValue(optional(from));
    q.addBindValue(optional(to));
    q.addBindValue(QString::fromUtf8(params));
    q.addBindValue(text(metrics));
    q.addBindValue(text(trades));
    if (!q.exec()) {
        *error = QStringLiteral("backtest run not stored: ") + q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool BacktestRepository::insertTrial(qint64 runId, const StoredTrial &t, QString *error)
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral(
        "INSERT INTO optimization_trials (run_id, trial, seed, params, metrics, window) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(t.trial);
    q.addBindValue(optional(t.seed ? std::optional<qint64>(*t.seed) : std::nullopt));
    q.addBindValue(QString::fromUtf8(t.params));
    q.addBindValue(text(t.metrics));
    q.addBindValue(text(t.window));
    if (!q.exec()) {
        *error = QStringLiteral("optimization trial %1 not stored: %2").arg(t.trial).arg(q.lastError().text());
        return false;
    }
    return true;
}

std::vector<BacktestRepository::StoredTrial> BacktestRepository::trials(qint64 runId, QString *error)
{
    std::vector<StoredTrial> out;
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral(
        "SELECT trial, seed, params, metrics, window FROM optimization_trials WHERE run_id = ? ORDER BY trial"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        StoredTrial t;
        t.trial = q.value(0).toInt();
        if (!q.value(1).isNull())
            t.seed = q.value(1).toLongLong();
        t.params = q.value(2).toString().toUtf8();
        t.metrics = q.value(3).toString().toUtf8();
        t.window = q.value(4).toString().toUtf8();
        out.push_back(std::move(t));
    }
    return out;
}

qint64 BacktestRepository::runCount(QString *error)
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM backtest_runs")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace cl::backtest
