#pragma once

#include "model/timeframe.h"

#include <QString>
#include <QVariantMap>
#include <array>
#include <vector>

namespace cl::analysis {

// Every threshold of spec/patterns.md, with the spec's defaults. validate() says in words what is wrong.
// Per-timeframe tables are indexed by Timeframe::index().
struct AnalysisSettings
{
    // Zone gate
    double minZonePct = 0.15; // (zh - zl) / zl * 100 must reach this
    std::array<double, model::Timeframe::Count> overlapThreshold{
        0.50, 0.52, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.80, 0.85, 0.85, 0.85};
    // Expiry of an active pattern, hours after detected_at
    std::array<int, model::Timeframe::Count> expiryHours{4, 8, 12, 24, 48, 72, 120, 168, 240, 288, 336, 672};

    // Order block
    int orderBlockAveragePeriod = 20; // |body| mean over this many candles, including i
    double orderBlockStrength = 1.5; // |body_i| > strength * mean
    int orderBlockScan = 3; // opposite candles searched at i-1 .. i-scan (never index 0)

    // Liquidity sweep
    int sweepFirstIndex = 19; // first candle index that can be a sweep
    int sweepSwingRadius = 3; // swing high: H_s >= every H in s-r .. s+r
    int sweepLookback = 50; // swings s in [max(r, i - lookback), i - r - 1]

    // Liquidity sweep status (multiples of the zone size)
    double sweepInvalidateSizes = 1.0; // bullish: close < zl - 1 * size -> invalidated
    double sweepFillSizes = 2.0; // bullish: close > zh + 2 * size -> filled

    // Per-pattern trading levels
    int atrPeriod = 14;
    int levelsWindow = 50; // W = candles max(0, i - window) .. i-1
    int levelsSwingRadius = 2; // local high: strictly above the highs of s-2, s-1, s+1, s+2

    // Confluence and signals
    std::vector<model::Timeframe> matrixTimeframes{model::Timeframe::M1, model::Timeframe::M5, model::Timeframe::M15,
        model::Timeframe::H1, model::Timeframe::H4, model::Timeframe::D1};
    int minConfluence = 3;
    bool requireHtf = true;
    std::vector<model::Timeframe> htfTimeframes{model::Timeframe::H4, model::Timeframe::D1};
    qint64 cooldownMs = 4 * 3'600'000LL; // per symbol and direction, inclusive
    double signalAtrMultiple = 0.5; // buf = max(0.5 * ATR, zone_mid * minBufferPct%)
    double signalMinBufferPct = 0.5;
    double minRiskPct = 0.5; // R is at least this % of entry
    double defaultRr = 3.0; // TP3 = entry + defaultRr * R
    int signalTakeProfit = 1; // which TP closes a filled signal as tp_hit (1..3)

    qint64 expiryMs(model::Timeframe tf) const { return qint64(expiryHours[size_t(tf.index())]) * 3'600'000LL; }
    double overlapFor(model::Timeframe tf) const { return overlapThreshold[size_t(tf.index())]; }

    // Empty when every value is usable, otherwise "name: why" for the first bad one.
    QString validate() const;

    // Flat values by name, per-timeframe tables and timeframe lists as comma lists: how the settings file keeps
    // them (AppSettings::analysisValues).
    QVariantMap toVariantMap() const;
    // Reads what toVariantMap wrote. A missing or unusable value keeps the spec's default, and a set that does
    // not validate (a hand-edited file) is the spec's defaults: a bad value must not break the analysis.
    static AnalysisSettings fromVariantMap(const QVariantMap &map);
};

} // namespace cl::analysis
