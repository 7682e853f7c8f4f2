#pragma once

#include "indicatorparameters.h"
#include "model/candle.h"

#include <QFlags>
#include <QStringList>

#include <span>
#include <vector>

namespace cl::chart {

enum class Indicator : quint16 {
    None = 0,
    Volume = 1 << 0,
    Ema = 1 << 1,
    Sma = 1 << 2,
    Bollinger = 1 << 3,
    Rsi = 1 << 4,
    Macd = 1 << 5,
};
Q_DECLARE_FLAGS(Indicators, Indicator)
Q_DECLARE_OPERATORS_FOR_FLAGS(Indicators)

QStringList indicatorNames(Indicators indicators); // "volume", "ema", ... for saved state
Indicators indicatorsFromNames(const QStringList &names);

// The indicator lines of the chart, computed with core/analysis/indicators.h over the whole candle array
// and kept as float: a chart line needs no more than 7 digits, and at a million candles every byte per
// candle counts. Only the enabled indicators are computed and held.
class ChartIndicators
{
public:
    // The periods the lines are (to be) computed with; the caller keeps them valid.
    IndicatorParameters parameters;

    void recompute(std::span<const model::Candle> candles, Indicators enabled);
    // The same from the closes alone: the chart hands a copy of them to a pool thread.
    void recomputeFromCloses(std::span<const double> closes, Indicators enabled);
    static bool needsCloses(Indicators enabled);
    void clear();
    // The periods without the lines, for handing the settings to another thread cheaply.
    ChartIndicators settingsOnly() const;

    const std::vector<float> &ema() const { return m_ema; }
    const std::vector<float> &sma() const { return m_sma; }
    const std::vector<float> &bollingerUpper() const { return m_bbUpper; }
    const std::vector<float> &bollingerLower() const { return m_bbLower; }
    const std::vector<float> &bollingerMid() const { return m_bbMid; }
    const std::vector<float> &rsi() const { return m_rsi; }
    const std::vector<float> &macd() const { return m_macd; }
    const std::vector<float> &macdSignalLine() const { return m_macdSignal; }
    const std::vector<float> &macdHist() const { return m_macdHist; }
    size_t memoryBytes() const;

private:
    std::vector<float> m_ema, m_sma, m_bbUpper, m_bbMid, m_bbLower, m_rsi, m_macd, m_macdSignal, m_macdHist;
};

} // namespace cl::chart
