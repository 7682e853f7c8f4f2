#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace cl::chart {

// The periods of the chart's indicator lines (spec/indicators.md: parameters are always explicit). The
// defaults are the conventional ones the chart always drew; a chart keeps its own copy in its saved
// state and AppSettings keeps the defaults for new charts, both as the map of toVariantMap.
struct IndicatorParameters
{
    // The spec only asks for periods >= 1; the upper bound keeps a mistyped period from turning every
    // line into NaN over any history a chart holds, and a Bollinger k above 10 draws bands off any scale.
    static constexpr int kMinPeriod = 1;
    static constexpr int kMaxPeriod = 1000;
    static constexpr double kMaxBollingerK = 10.0;

    int emaPeriod = 21;
    int smaPeriod = 50;
    int bollingerPeriod = 20;
    double bollingerK = 2.0;
    int rsiPeriod = 14;
    int macdFast = 12;
    int macdSlow = 26;
    int macdSignal = 9;

    // Empty when every value is usable, otherwise why not (translated, names the field).
    QString validate() const;
    bool isValid() const { return validate().isEmpty(); }

    QVariantMap toVariantMap() const;
    // Reads a map written by toVariantMap over `base`: a missing, mistyped (a list, a bool, "abc", 21.5 for
    // a period) or out-of-range entry keeps base's value, and a fast/slow pair with fast >= slow keeps
    // base's pair. Numbers may come as strings (QSettings' INI files store them so). Unknown keys are ignored.
    static IndicatorParameters fromVariantMap(const QVariantMap &map, const IndicatorParameters &base);
    static IndicatorParameters fromVariantMap(const QVariantMap &map); // over the defaults

    friend bool operator==(const IndicatorParameters &, const IndicatorParameters &) = default;

    Q_DECLARE_TR_FUNCTIONS(cl::chart::IndicatorParameters)
};

} // namespace cl::chart
