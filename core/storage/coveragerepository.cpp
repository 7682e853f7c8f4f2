#include "coveragerepository.h"

#include "sqlconnection.h"
#include "sqlitestatement.h"

#include <algorithm>

namespace cl::storage {

namespace {

const char *kindText(CoverageRange::Kind kind)
{
    return kind == CoverageRange::Kind::Stored ? "stored" : "hole";
}

} // namespace

bool CoverageRepository::removeOverlapping(qint64 symbolId, CoverageRange::Kind kind, qint64 from, qint64 to,
                                           QList<CoverageRange> *removed, QString *error)
{
    SqliteStatement select;
    if (!select.prepare(m_connection.handle(),
                        "SELECT range_start, range_end, attempts, next_retry, last_error FROM feed_coverage "
                        "WHERE symbol_id = ?1 AND kind = ?2 AND range_start <= ?4 AND range_end >= ?3",
                        error))
        return false;
    select.bindInt64(1, symbolId);
    select.bindText(2, QString::fromLatin1(kindText(kind)));
    select.bindInt64(3, from);
    select.bindInt64(4, to);
    while (true) {
        if (!select.step(error))
            return false;
        if (!select.hasRow())
            break;
        CoverageRange range;
        range.kind = kind;
        range.start = select.columnInt64(0);
        range.end = select.columnInt64(1);
        range.attempts = int(select.columnInt64(2));
        range.nextRetryMs = select.columnIsNull(3) ? -1 : select.columnInt64(3);
        range.lastError = select.columnText(4);
        removed->append(range);
    }
    SqliteStatement remove;
    if (!remove.prepare(m_connection.handle(),
                        "DELETE FROM feed_coverage WHERE symbol_id = ?1 AND kind = ?2 AND range_start = ?3", error))
        return false;
    for (const CoverageRange &range : *removed) {
        remove.bindInt64(1, symbolId);
        remove.bindText(2, QString::fromLatin1(kindText(kind)));
        remove.bindInt64(3, range.start);
        if (!remove.step(error))
            return false;
        remove.reset();
    }
    return true;
}

bool CoverageRepository::insert(qint64 symbolId, const CoverageRange &range, qint64 nowMs, QString *error)
{
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(),
                        "INSERT OR REPLACE INTO feed_coverage "
                        "(symbol_id, kind, range_start, range_end, attempts, next_retry, last_error, updated_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        error))
        return false;
    insert.bindInt64(1, symbolId);
    insert.bindText(2, QString::fromLatin1(kindText(range.kind)));
    insert.bindInt64(3, range.start);
    insert.bindInt64(4, range.end);
    insert.bindInt64(5, range.attempts);
    if (range.nextRetryMs < 0)
        insert.bindNull(6);
    else
        insert.bindInt64(6, range.nextRetryMs);
    if (range.lastError.isEmpty())
        insert.bindNull(7);
    else
        insert.bindText(7, range.lastError);
    insert.bindInt64(8, nowMs);
    return insert.step(error);
}

bool CoverageRepository::addStored(qint64 symbolId, qint64 start, qint64 end, qint64 nowMs, QString *error)
{
    if (end < start)
        return true;
    // Adjacent runs (the next minute) merge too: [a, b] + [b + 1 min, c] is one stored range.
    QList<CoverageRange> neighbours;
    if (!removeOverlapping(symbolId, CoverageRange::Kind::Stored, start - kMinuteMs, end + kMinuteMs, &neighbours, error))
        return false;
    CoverageRange merged;
    merged.start = start;
    merged.end = end;
    for (const CoverageRange &range : neighbours) {
        merged.start = std::min(merged.start, range.start);
        merged.end = std::max(merged.end, range.end);
    }
    if (!insert(symbolId, merged, nowMs, error))
        return false;
    // Holes the new range covers shrink or vanish.
    QList<CoverageRange> holes;
    if (!removeOverlapping(symbolId, CoverageRange::Kind::Hole, start, end, &holes, error))
        return false;
    for (CoverageRange hole : holes) {
        if (hole.start < start) {
            CoverageRange left = hole;
            left.end = start - kMinuteMs;
            if (!insert(symbolId, left, nowMs, error))
                return false;
        }
        if (hole.end > end) {
            CoverageRange right = hole;
            right.start = end + kMinuteMs;
            if (!insert(symbolId, right, nowMs, error))
                return false;
        }
    }
    return true;
}

bool CoverageRepository::addHole(qint64 symbolId, qint64 start, qint64 end, qint64 nextRetryMs, const QString &why,
                                 qint64 nowMs, QString *error)
{
    if (end < start)
        return true;
    QList<CoverageRange> overlapping;
    if (!removeOverlapping(symbolId, CoverageRange::Kind::Hole, start, end, &overlapping, error))
        return false;
    CoverageRange hole;
    hole.kind = CoverageRange::Kind::Hole;
    hole.start = start;
    hole.end = end;
    hole.attempts = 1;
    for (const CoverageRange &range : overlapping) {
        hole.start = std::min(hole.start, range.start);
        hole.end = std::max(hole.end, range.end);
        hole.attempts = std::max(hole.attempts, range.attempts + 1);
    }
    hole.nextRetryMs = nextRetryMs;
    hole.lastError = why;
    return insert(symbolId, hole, nowMs, error);
}

QList<CoverageRange> CoverageRepository::ranges(qint64 symbolId, QString *error)
{
    QList<CoverageRange> result;
    SqliteStatement select;
    if (!select.prepare(m_connection.handle(),
                        "SELECT kind, range_start, range_end, attempts, next_retry, last_error FROM feed_coverage "
                        "WHERE symbol_id = ?1 ORDER BY range_start, kind",
                        error))
        return result;
    select.bindInt64(1, symbolId);
    while (select.step(error) && select.hasRow()) {
        CoverageRange range;
        range.kind = select.columnText(0) == QLatin1String("hole") ? CoverageRange::Kind::Hole : CoverageRange::Kind::Stored;
        range.start = select.columnInt64(1);
        range.end = select.columnInt64(2);
        range.attempts = int(select.columnInt64(3));
        range.nextRetryMs = select.columnIsNull(4) ? -1 : select.columnInt64(4);
        range.lastError = select.columnText(5);
        result.append(range);
    }
    return result;
}

QList<CoverageRange> CoverageRepository::holes(qint64 symbolId, QString *error)
{
    QList<CoverageRange> result;
    for (const CoverageRange &range : ranges(symbolId, error))
        if (range.kind == CoverageRange::Kind::Hole)
            result.append(range);
    return result;
}

} // namespace cl::storage
