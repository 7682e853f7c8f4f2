#include "backtestdataloader.h"

#include "storage/candlerepository.h"
#include "storage/symbolrepository.h"

namespace cl::backtest {

std::optional<BacktestData> BacktestDataLoader::load(storage::SqlConnection &connection, model::ExchangeId exchange,
    const model::Symbol &symbol, model::Timeframe timeframe, qint64 from, qint64 to, const BacktestSettings &settings,
    QString *error)
{
    QString why;
    const auto symbolId = storage::SymbolRepository(connection).find(exchange, symbol, &why);
    if (!symbolId) {
        *error = QStringLiteral("no candles stored for %1 on %2")
                     .arg(symbol.toString(), model::exchangeIdToString(exchange));
        return std::nullopt;
    }
    storage::CandleRepository candles(connection);
    BacktestData data;
    data.exchange = exchange;
    data.symbol = symbol;
    data.timeframe = timeframe;
    data.candles = candles.load(*symbolId, timeframe, from, to, &why);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot read the %1 candles: %2").arg(timeframe.toString(), why);
        return std::nullopt;
    }
    if (data.candles.empty()) {
        *error = QStringLiteral("%1 %2: no candles stored in the range").arg(symbol.toString(), timeframe.toString());
        return std::nullopt;
    }
    const qint64 first = data.candles.front().openTime;
    const qint64 lastClose = data.candles.back().openTime + timeframe.durationMs() - 1;
    if (settings.useMinuteStatuses && timeframe != model::Timeframe::M1)
        data.minutes = candles.load(*symbolId, model::Timeframe::M1, first, lastClose, &why);
    if (settings.source == BacktestSettings::Source::Signals) {
        for (const model::Timeframe tf : settings.analysis.matrixTimeframes) {
            if (tf != timeframe && tf != model::Timeframe::M1)
                data.others[tf.index()] = candles.load(*symbolId, tf, first, lastClose, &why);
        }
    }
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot read the candles: %1").arg(why);
        return std::nullopt;
    }
    return data;
}

} // namespace cl::backtest
