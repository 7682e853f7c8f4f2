#include "patternrepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

namespace cl::analysis {

namespace {

constexpr const char *kColumns
    = "id, timeframe, type, direction, detected_at, zone_low, zone_high, status, fill_pct, status_at, "
      "entry, stop, tp1, tp2, tp3, rr1, rr2, rr3, atr";

// Reads one row selected with kColumns.
std::optional<model::Pattern> readRow(const storage::SqliteStatement &q)
{
    const auto tf = model::Timeframe::parse(q.columnText(1));
    const auto type = model::parsePatternType(q.columnText(2));
    const auto direction = model::parseDirection(q.columnText(3));
    const auto status = model::parsePatternStatus(q.columnText(7));
    if (!tf || !type || !direction || !status)
        return std::nullopt;
    model::Pattern p;
    p.id = q.columnInt64(0);
    p.timeframe = *tf;
    p.type = *type;
    p.direction = *direction;
    p.detectedAt = q.columnInt64(4);
    p.zoneLow = q.columnDouble(5);
    p.zoneHigh = q.columnDouble(6);
    p.status = *status;
    p.fillPct = q.columnDouble(8);
    p.statusAt = q.columnIsNull(9) ? 0 : q.columnInt64(9);
    p.levels = {q.columnDouble(10), q.columnDouble(11), q.columnDouble(12), q.columnDouble(13), q.columnDouble(14),
        q.columnDouble(15), q.columnDouble(16), q.columnDouble(17), q.columnDouble(18)};
    return p;
}

} // namespace

bool PatternRepository::upsert(
    qint64 symbolId, std::span<const model::Pattern> patterns, UpsertCounts *counts, QString *error)
{
    storage::SqliteStatement exists;
    storage::SqliteStatement write;
    if (!exists.prepare(m_connection.handle(),
            "SELECT 1 FROM patterns WHERE symbol_id = ?1 AND timeframe = ?2 AND type = ?3 AND detected_at = ?4", error)
        || !write.prepare(m_connection.handle(),
            "INSERT INTO patterns (symbol_id, timeframe, type, direction, detected_at, zone_low, zone_high, status, "
            "fill_pct, status_at, entry, stop, tp1, tp2, tp3, rr1, rr2, rr3, atr) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
            "ON CONFLICT (symbol_id, timeframe, type, detected_at) DO UPDATE SET "
            "direction = excluded.direction, zone_low = excluded.zone_low, zone_high = excluded.zone_high, "
            "status = excluded.status, fill_pct = excluded.fill_pct, status_at = excluded.status_at, "
            "entry = excluded.entry, stop = excluded.stop, tp1 = excluded.tp1, tp2 = excluded.tp2, "
            "tp3 = excluded.tp3, rr1 = excluded.rr1, rr2 = excluded.rr2, rr3 = excluded.rr3, atr = excluded.atr "
            "WHERE direction IS NOT excluded.direction OR zone_low IS NOT excluded.zone_low "
            "OR zone_high IS NOT excluded.zone_high OR status IS NOT excluded.status "
            "OR fill_pct IS NOT excluded.fill_pct OR status_at IS NOT excluded.status_at "
            "OR entry IS NOT excluded.entry OR stop IS NOT excluded.stop OR tp1 IS NOT excluded.tp1 "
            "OR tp2 IS NOT excluded.tp2 OR tp3 IS NOT excluded.tp3 OR atr IS NOT excluded.atr "
            "RETURNING id",
            error))
        return false;
    for (const model::Pattern &p : patterns) {
        const QString tf = p.timeframe.toString();
        const QString type = QLatin1String(model::patternTypeCode(p.type));
        exists.reset();
        exists.bindInt64(1, symbolId);
        exists.bindText(2, tf);
        exists.bindText(3, type);
        exists.bindInt64(4, p.detectedAt);
        if (!exists.step(error))
            return false;
        const bool existed = exists.hasRow();
        write.reset();
        write.bindInt64(1, symbolId);
        write.bindText(2, tf);
        write.bindText(3, type);
        write.bindText(4, QLatin1String(model::directionCode(p.direction)));
        write.bindInt64(5, p.detectedAt);
        write.bindDouble(6, p.zoneLow);
        write.bindDouble(7, p.zoneHigh);
        write.bindText(8, QLatin1String(model::patternStatusCode(p.status)));
        write.bindDouble(9, p.fillPct);
        write.bindInt64(10, p.statusAt);
        const double levels[] = {p.levels.entry, p.levels.stop, p.levels.tp1, p.levels.tp2, p.levels.tp3, p.levels.rr1,
            p.levels.rr2, p.levels.rr3, p.levels.atr};
        for (int k = 0; k < 9; ++k)
            write.bindDouble(11 + k, levels[k]);
        if (!write.step(error))
            return false;
        const bool wrote = write.hasRow();
        if (wrote) {
            // Drain RETURNING so the statement completes before reset.
            while (write.hasRow() && write.step(error)) { }
        }
        if (counts) {
            if (!existed)
                ++counts->inserted;
            else if (wrote)
                ++counts->updated;
            else
                ++counts->unchanged;
        }
    }
    return true;
}

model::PatternList PatternRepository::load(
    qint64 symbolId, std::optional<model::Timeframe> timeframe, bool activeOnly, QString *error)
{
    model::PatternList out;
    storage::SqliteStatement q;
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM patterns WHERE symbol_id = ?1"
        + (timeframe ? " AND timeframe = ?2" : "") + (activeOnly ? " AND status = 'active'" : "")
        + " ORDER BY detected_at, CASE type WHEN 'fvg' THEN 0 WHEN 'order_block' THEN 1 ELSE 2 END, timeframe";
    if (!q.prepare(m_connection.handle(), sql.constData(), error))
        return out;
    q.bindInt64(1, symbolId);
    if (timeframe)
        q.bindText(2, timeframe->toString());
    while (q.step(error) && q.hasRow()) {
        if (auto p = readRow(q))
            out.push_back(*p);
    }
    return out;
}

std::optional<model::Pattern> PatternRepository::find(qint64 symbolId, const model::PatternKey &key, QString *error)
{
    if (key.isNull())
        return std::nullopt;
    storage::SqliteStatement q;
    const QByteArray sql = QByteArray("SELECT ") + kColumns
        + " FROM patterns WHERE symbol_id = ?1 AND timeframe = ?2 AND type = ?3 AND detected_at = ?4";
    if (!q.prepare(m_connection.handle(), sql.constData(), error))
        return std::nullopt;
    q.bindInt64(1, symbolId);
    q.bindText(2, key.timeframe.toString());
    q.bindText(3, QLatin1String(model::patternTypeCode(key.type)));
    q.bindInt64(4, key.detectedAt);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return readRow(q);
}

std::optional<model::Pattern> PatternRepository::newestActive(
    qint64 symbolId, model::Timeframe timeframe, QString *error)
{
    storage::SqliteStatement q;
    const QByteArray sql = QByteArray("SELECT ") + kColumns
        + " FROM patterns WHERE symbol_id = ?1 AND timeframe = ?2 AND status = 'active' ORDER BY detected_at DESC, "
          "CASE type WHEN 'liquidity_sweep' THEN 2 WHEN 'order_block' THEN 1 ELSE 0 END DESC LIMIT 1";
    if (!q.prepare(m_connection.handle(), sql.constData(), error))
        return std::nullopt;
    q.bindInt64(1, symbolId);
    q.bindText(2, timeframe.toString());
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return readRow(q);
}

qint64 PatternRepository::count(qint64 symbolId, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT COUNT(*) FROM patterns WHERE symbol_id = ?1", error))
        return -1;
    q.bindInt64(1, symbolId);
    return q.step(error) && q.hasRow() ? q.columnInt64(0) : -1;
}

qint64 PatternRepository::purgeExpired(qint64 nowMs, qint64 keepMs, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "DELETE FROM patterns WHERE status = 'expired' AND detected_at < ?1", error))
        return -1;
    q.bindInt64(1, nowMs - keepMs);
    if (!q.step(error))
        return -1;
    storage::SqliteStatement changes;
    if (!changes.prepare(m_connection.handle(), "SELECT changes()", error) || !changes.step(error))
        return -1;
    return changes.columnInt64(0);
}

} // namespace cl::analysis
