#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <vector>

namespace cl::model {

// One OHLCV bar. openTime is the bucket start in UTC milliseconds. Kept a flat aggregate of
// plain numbers (48 bytes) so millions fit in one contiguous array for the chart and analysis.
struct Candle
{
    qint64 openTime = 0;
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    double volume = 0.0;

    friend bool operator==(const Candle &, const Candle &) = default;
};

using CandleSeries = std::vector<Candle>;

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::Candle)
Q_DECLARE_METATYPE(cl::model::CandleSeries)
