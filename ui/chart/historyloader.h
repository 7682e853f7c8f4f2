#pragma once

#include "model/candle.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <QString>

namespace cl::chart {

// Reads candles for the chart through its own read-only connection. Runs on a pool thread
// (QtConcurrent): it opens, reads and closes its connection there, so nothing crosses threads but the
// returned values.
class HistoryLoader
{
public:
    struct Request
    {
        QString databasePath;
        model::ExchangeId exchange = model::ExchangeId::Binance;
        model::Symbol symbol;
        model::Timeframe timeframe;
        qint64 before = 0; // olderThan(): open_time < before
        qint64 limit = 0;
        quint64 generation = 0; // the requester's series generation, to drop stale answers
    };
    struct Result
    {
        model::CandleSeries candles; // ascending
        // newest() of a timeframe above 1m: the stored 1m candles after the newest stored candle, i.e. the
        // bucket still forming, so a chart opened mid-hour shows the whole hour so far.
        model::CandleSeries openBucketMinutes;
        QString error;
        quint64 generation = 0;
    };

    // The newest `limit` candles.
    static Result newest(const Request &request);
    // The `limit` candles just before request.before.
    static Result olderThan(const Request &request);
};

} // namespace cl::chart
