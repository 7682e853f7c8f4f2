#include "patternmatrix.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <algorithm>

namespace cl::analysis {

std::optional<std::vector<PatternMatrix::Row>> PatternMatrix::load(
    storage::SqlConnection &connection, const std::vector<model::Timeframe> &timeframes, QString *error)
{
    // One pass: the window picks each (symbol, timeframe)'s newest active pattern from the
    // patterns_active_newest index; symbols without any come back once with NULL pattern columns.
    static constexpr const char *kSql
        = "WITH watched AS (SELECT symbol_id FROM watchlist_items UNION SELECT DISTINCT symbol_id FROM patterns), "
          "newest AS (SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.symbol_id, p.timeframe ORDER BY p.detected_at "
          "DESC, "
          "  CASE p.type WHEN 'liquidity_sweep' THEN 2 WHEN 'order_block' THEN 1 ELSE 0 END DESC) AS rn "
          "  FROM patterns p WHERE p.status = 'active') "
          "SELECT s.id, s.exchange_id, s.base, s.quote, n.timeframe, n.type, n.direction, n.detected_at, n.zone_low, "
          "  n.zone_high, n.fill_pct, n.status_at, n.entry, n.stop, n.tp1, n.tp2, n.tp3, n.id "
          "FROM watched w JOIN symbols s ON s.id = w.symbol_id "
          "LEFT JOIN newest n ON n.symbol_id = s.id AND n.rn = 1 "
          "ORDER BY s.exchange_id, s.base, s.quote";
    storage::SqliteStatement q;
    if (!q.prepare(connection.handle(), kSql, error))
        return std::nullopt;
    std::vector<Row> rows;
    QString stepError;
    while (q.step(&stepError) && q.hasRow()) {
        const qint64 symbolId = q.columnInt64(0);
        if (rows.empty() || rows.back().symbolId != symbolId) {
            const auto symbol = model::Symbol::parse(QString(q.columnText(2) + QLatin1Char('/') + q.columnText(3)));
            if (!symbol)
                continue;
            Row row;
            row.symbolId = symbolId;
            row.exchange = model::ExchangeId(q.columnInt64(1) - 1);
            row.symbol = *symbol;
            row.cells.resize(timeframes.size());
            rows.push_back(std::move(row));
        }
        if (q.columnIsNull(4))
            continue;
        const auto tf = model::Timeframe::parse(q.columnText(4));
        const auto type = model::parsePatternType(q.columnText(5));
        const auto direction = model::parseDirection(q.columnText(6));
        const auto column = tf ? std::find(timeframes.begin(), timeframes.end(), *tf) : timeframes.end();
        if (!type || !direction || column == timeframes.end())
            continue;
        model::Pattern p;
        p.timeframe = *tf;
        p.type = *type;
        p.direction = *direction;
        p.detectedAt = q.columnInt64(7);
        p.zoneLow = q.columnDouble(8);
        p.zoneHigh = q.columnDouble(9);
        p.fillPct = q.columnDouble(10);
        p.statusAt = q.columnInt64(11);
        p.levels.entry = q.columnDouble(12);
        p.levels.stop = q.columnDouble(13);
        p.levels.tp1 = q.columnDouble(14);
        p.levels.tp2 = q.columnDouble(15);
        p.levels.tp3 = q.columnDouble(16);
        p.id = q.columnInt64(17);
        Row &row = rows.back();
        (p.direction == model::Direction::Bullish ? row.bullish : row.bearish) += 1;
        row.cells[size_t(column - timeframes.begin())] = p;
    }
    if (!stepError.isEmpty()) {
        if (error)
            *error = stepError;
        return std::nullopt;
    }
    return rows;
}

} // namespace cl::analysis
