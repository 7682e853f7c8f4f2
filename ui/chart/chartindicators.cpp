#include "chartindicators.h"

#include "analysis/indicators.h"

#include <array>
#include <utility>

namespace cl::chart {

namespace {
constexpr std::array<std::pair<Indicator, const char *>, 6> kNames{{
    {Indicator::Volume, "volume"},
    {Indicator::Ema, "ema"},
    {Indicator::Sma, "sma"},
    {Indicator::Bollinger, "bollinger"},
    {Indicator::Rsi, "rsi"},
    {Indicator::Macd, "macd"},
}};

std::vector<float> toFloat(const std::vector<double> &values)
{
    return std::vector<float>(values.begin(), values.end());
}
} // namespace

QStringList indicatorNames(Indicators indicators)
{
    QStringList names;
    for (const auto &[flag, name] : kNames) {
        if (indicators.testFlag(flag))
            names << QLatin1String(name);
    }
    return names;
}

Indicators indicatorsFromNames(const QStringList &names)
{
    Indicators result;
    for (const auto &[flag, name] : kNames) {
        if (names.contains(QLatin1String(name)))
            result |= flag;
    }
    return result;
}

void ChartIndicators::clear()
{
    for (auto *v : {&m_ema, &m_sma, &m_bbUpper, &m_bbMid, &m_bbLower, &m_rsi, &m_macd, &m_macdSignal, &m_macdHist})
        std::vector<float>().swap(*v);
}

ChartIndicators ChartIndicators::settingsOnly() const
{
    ChartIndicators copy;
    copy.parameters = parameters;
    return copy;
}

bool ChartIndicators::needsCloses(Indicators enabled)
{
    return bool(enabled & (Indicator::Ema | Indicator::Sma | Indicator::Bollinger | Indicator::Rsi | Indicator::Macd));
}

void ChartIndicators::recompute(std::span<const model::Candle> candles, Indicators enabled)
{
    if (!needsCloses(enabled)) {
        clear();
        return;
    }
    recomputeFromCloses(analysis::closesOf(candles), enabled);
}

void ChartIndicators::recomputeFromCloses(std::span<const double> closes, Indicators enabled)
{
    clear();
    if (!needsCloses(enabled))
        return;
    const IndicatorParameters &p = parameters;
    if (enabled.testFlag(Indicator::Ema))
        m_ema = toFloat(analysis::ema(closes, p.emaPeriod));
    if (enabled.testFlag(Indicator::Sma))
        m_sma = toFloat(analysis::sma(closes, p.smaPeriod));
    if (enabled.testFlag(Indicator::Bollinger)) {
        const auto bb = analysis::bollinger(closes, p.bollingerPeriod, p.bollingerK, p.bollingerK);
        m_bbUpper = toFloat(bb.upper);
        m_bbMid = toFloat(bb.mid);
        m_bbLower = toFloat(bb.lower);
    }
    if (enabled.testFlag(Indicator::Rsi))
        m_rsi = toFloat(analysis::rsi(closes, p.rsiPeriod));
    if (enabled.testFlag(Indicator::Macd)) {
        const auto m = analysis::macd(closes, p.macdFast, p.macdSlow, p.macdSignal);
        m_macd = toFloat(m.macd);
        m_macdSignal = toFloat(m.signal);
        m_macdHist = toFloat(m.hist);
    }
}

size_t ChartIndicators::memoryBytes() const
{
    size_t bytes = 0;
    for (const auto *v : {&m_ema, &m_sma, &m_bbUpper, &m_bbMid, &m_bbLower, &m_rsi, &m_macd, &m_macdSignal, &m_macdHist})
        bytes += v->capacity() * sizeof(float);
    return bytes;
}

} // namespace cl::chart
