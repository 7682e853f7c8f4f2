#pragma once

#include "indicators.h"
#include "model/candle.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace cl::analysis {

// A list of indicators as the CLI and the chart name them: "rsi:14,atr:14,ema:20,sma:20,macd:12:26:9,
// bb:20:2:2,volsma:20" (a bare name takes the default parameters). Each request yields one or more named
// output series: rsi14, atr14, ema20, sma20, macd/macd_signal/macd_hist, bb_upper/bb_mid/bb_lower, volsma20.
class IndicatorSet
{
public:
    enum class Kind { Rsi, Atr, Ema, Sma, Macd, Bollinger, VolumeSma };

    struct Request
    {
        Kind kind = Kind::Sma;
        std::vector<int> periods; // rsi/atr/ema/sma/volsma: {p}; macd: {fast, slow, signal}; bb: {p}
        double kUp = 2.0; // bb only
        double kDown = 2.0;
    };

    struct Column
    {
        QString name;
        Series values;
    };

    // Parses the comma list; nullopt with *error ("'macd:26:12:9': the fast period must be below the slow one").
    static std::optional<IndicatorSet> parse(const QString &text, QString *error);

    const std::vector<Request> &requests() const { return m_requests; }
    // Output names in order.
    QStringList columnNames() const;
    // Every output series over the candles, in columnNames() order.
    std::vector<Column> compute(std::span<const model::Candle> candles) const;

private:
    std::vector<Request> m_requests;
};

} // namespace cl::analysis
