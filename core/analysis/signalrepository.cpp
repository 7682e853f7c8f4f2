#include "signalrepository.h"

#include "patternrepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QStringList>
#include <limits>

namespace cl::analysis {

bool SignalRepository::resolveIds(qint64 symbolId, model::Signal &signal, QString *error)
{
    const model::PatternKey source{signal.sourceTimeframe, signal.sourceType, signal.sourceDetectedAt};
    if (const auto pattern = PatternRepository(m_connection).find(symbolId, source, error))
        signal.sourcePatternId = pattern->id;
    const auto id = findId(symbolId, signal, error);
    if (!id)
        return false;
    signal.id = *id;
    return true;
}

// The row of a signal by its natural key (symbol, direction, created_at).
std::optional<qint64> SignalRepository::findId(qint64 symbolId, const model::Signal &signal, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "SELECT id FROM signals WHERE symbol_id = ?1 AND direction = ?2 AND created_at = ?3", error))
        return std::nullopt;
    q.bindInt64(1, symbolId);
    q.bindText(2, QLatin1String(model::directionCode(signal.direction)));
    q.bindInt64(3, signal.createdAt);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return q.columnInt64(0);
}

std::optional<qint64> SignalRepository::insert(qint64 symbolId, const model::Signal &s, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "INSERT INTO signals (symbol_id, direction, created_at, score, aligned_timeframes, source_pattern_id, "
            "source_timeframe, entry, stop, tp1, tp2, tp3, status, status_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM patterns WHERE symbol_id = ?1 AND timeframe = ?6 "
            "AND type = ?7 AND detected_at = ?8), ?6, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
            "ON CONFLICT (symbol_id, direction, created_at) DO NOTHING",
            error))
        return std::nullopt;
    q.bindInt64(1, symbolId);
    q.bindText(2, QLatin1String(model::directionCode(s.direction)));
    q.bindInt64(3, s.createdAt);
    q.bindInt64(4, s.score);
    q.bindText(5, s.alignedText());
    q.bindText(6, s.sourceTimeframe.toString());
    q.bindText(7, QLatin1String(model::patternTypeCode(s.sourceType)));
    q.bindInt64(8, s.sourceDetectedAt);
    q.bindDouble(9, s.entry);
    q.bindDouble(10, s.stop);
    q.bindDouble(11, s.tp1);
    q.bindDouble(12, s.tp2);
    q.bindDouble(13, s.tp3);
    q.bindText(14, QLatin1String(model::signalStatusCode(s.status)));
    q.bindInt64(15, s.statusAt);
    if (!q.step(error))
        return std::nullopt;
    return findId(symbolId, s, error);
}

bool SignalRepository::updateStatus(qint64 symbolId, const model::Signal &s, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "UPDATE signals SET status = ?4, status_at = ?5 WHERE symbol_id = ?1 AND direction = ?2 AND created_at = "
            "?3",
            error))
        return false;
    q.bindInt64(1, symbolId);
    q.bindText(2, QLatin1String(model::directionCode(s.direction)));
    q.bindInt64(3, s.createdAt);
    q.bindText(4, QLatin1String(model::signalStatusCode(s.status)));
    q.bindInt64(5, s.statusAt);
    return q.step(error);
}

std::optional<qint64> SignalRepository::latestCreatedAt(qint64 symbolId, model::Direction direction, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT MAX(created_at) FROM signals WHERE symbol_id = ?1 AND direction = ?2",
            error))
        return std::nullopt;
    q.bindInt64(1, symbolId);
    q.bindText(2, QLatin1String(model::directionCode(direction)));
    if (!q.step(error) || !q.hasRow() || q.columnIsNull(0))
        return std::nullopt;
    return q.columnInt64(0);
}

model::SignalList SignalRepository::query(const char *where, qint64 symbolId, qint64 since, QString *error)
{
    model::SignalList out;
    storage::SqliteStatement q;
    const QByteArray sql
        = QByteArray("SELECT g.id, s.exchange_id, s.base, s.quote, g.direction, g.created_at, g.score, "
                     "g.aligned_timeframes, g.source_timeframe, g.entry, g.stop, g.tp1, g.tp2, g.tp3, g.status, "
                     "g.status_at, g.source_pattern_id, p.type, p.detected_at "
                     "FROM signals g JOIN symbols s ON s.id = g.symbol_id "
                     "LEFT JOIN patterns p ON p.id = g.source_pattern_id WHERE ")
        + where + " ORDER BY g.created_at DESC, g.id DESC";
    if (!q.prepare(m_connection.handle(), sql.constData(), error))
        return out;
    q.bindInt64(1, symbolId);
    q.bindInt64(2, since);
    while (q.step(error) && q.hasRow()) {
        const auto symbol = model::Symbol::parse(QString(q.columnText(2) + QLatin1Char('/') + q.columnText(3)));
        const auto direction = model::parseDirection(q.columnText(4));
        const auto source = model::Timeframe::parse(q.columnText(8));
        const auto status = model::parseSignalStatus(q.columnText(14));
        if (!symbol || !direction || !source || !status)
            continue;
        model::Signal s;
        s.id = q.columnInt64(0);
        s.exchange = model::ExchangeId(q.columnInt64(1) - 1);
        s.symbol = *symbol;
        s.direction = *direction;
        s.createdAt = q.columnInt64(5);
        s.score = int(q.columnInt64(6));
        for (const QString &code : q.columnText(7).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto tf = model::Timeframe::parse(code))
                s.alignedTimeframes.push_back(*tf);
        }
        s.sourceTimeframe = *source;
        s.entry = q.columnDouble(9);
        s.stop = q.columnDouble(10);
        s.tp1 = q.columnDouble(11);
        s.tp2 = q.columnDouble(12);
        s.tp3 = q.columnDouble(13);
        s.status = *status;
        s.statusAt = q.columnIsNull(15) ? 0 : q.columnInt64(15);
        s.sourcePatternId = q.columnIsNull(16) ? 0 : q.columnInt64(16);
        if (!q.columnIsNull(17)) {
            s.sourceType = model::parsePatternType(q.columnText(17)).value_or(model::PatternType::Fvg);
            s.sourceDetectedAt = q.columnInt64(18);
        }
        out.push_back(std::move(s));
    }
    return out;
}

model::SignalList SignalRepository::list(qint64 symbolId, qint64 since, QString *error)
{
    return query("(?1 = 0 OR g.symbol_id = ?1) AND g.created_at >= ?2", symbolId, since, error);
}

model::SignalList SignalRepository::open(qint64 symbolId, QString *error)
{
    return query("g.symbol_id = ?1 AND g.created_at >= ?2 AND g.status IN ('pending', 'notified', 'filled')", symbolId,
        std::numeric_limits<qint64>::min(), error);
}

model::SignalList SignalRepository::recent(qint64 symbolId, qint64 since, QString *error)
{
    return query("g.symbol_id = ?1 AND g.created_at >= ?2", symbolId, since, error);
}

} // namespace cl::analysis
