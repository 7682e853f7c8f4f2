#include "historyloader.h"

#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"
#include "storage/symbolrepository.h"

#include <algorithm>
#include <optional>

namespace cl::chart {

namespace {
// Opens the connection and finds the symbol; nullopt (with result.error set or not) when there is none.
std::optional<qint64> openSymbol(storage::SqlConnection &connection, const HistoryLoader::Request &request,
                                 HistoryLoader::Result &result)
{
    result.generation = request.generation;
    if (!connection.open(request.databasePath, storage::SqlConnection::Mode::ReadOnly, &result.error))
        return std::nullopt;
    return storage::SymbolRepository(connection).find(request.exchange, request.symbol, &result.error);
}
} // namespace

HistoryLoader::Result HistoryLoader::newest(const Request &request)
{
    Result result;
    storage::SqlConnection connection;
    const std::optional<qint64> symbolId = openSymbol(connection, request, result);
    if (!symbolId)
        return result;
    storage::CandleRepository repository(connection);
    result.candles = repository.loadNewest(*symbolId, request.timeframe, request.limit, &result.error);
    if (request.timeframe != model::Timeframe::M1 && !result.candles.empty()) {
        const qint64 open = result.candles.back().openTime + request.timeframe.durationMs();
        result.openBucketMinutes = repository.load(*symbolId, model::Timeframe::M1, open,
                                                   storage::CandleRepository::kMaxTime, &result.error);
    }
    return result;
}

HistoryLoader::Result HistoryLoader::olderThan(const Request &request)
{
    Result result;
    storage::SqlConnection connection;
    const std::optional<qint64> symbolId = openSymbol(connection, request, result);
    if (!symbolId)
        return result;
    // CandleRepository has no "newest N before T"; the primary key makes this a short backwards walk.
    storage::SqliteStatement query;
    if (!query.prepare(connection.handle(),
                       "SELECT open_time, open, high, low, close, volume FROM candles "
                       "WHERE symbol_id = ?1 AND timeframe = ?2 AND open_time < ?3 ORDER BY open_time DESC LIMIT ?4",
                       &result.error))
        return result;
    query.bindInt64(1, *symbolId);
    query.bindInt64(2, request.timeframe.minutes());
    query.bindInt64(3, request.before);
    query.bindInt64(4, request.limit);
    while (query.step(&result.error) && query.hasRow()) {
        result.candles.push_back({query.columnInt64(0), query.columnDouble(1), query.columnDouble(2),
                                  query.columnDouble(3), query.columnDouble(4), query.columnDouble(5)});
    }
    std::reverse(result.candles.begin(), result.candles.end());
    return result;
}

} // namespace cl::chart
