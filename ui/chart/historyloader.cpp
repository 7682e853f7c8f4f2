#include "historyloader.h"

#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

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
    result.candles = storage::CandleRepository(connection).loadNewestBefore(
        *symbolId, request.timeframe, request.before, request.limit, &result.error);
    return result;
}

} // namespace cl::chart
