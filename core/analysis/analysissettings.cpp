#include "analysissettings.h"

#include <QStringList>

#include <cmath>
#include <optional>

namespace cl::analysis {

namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QString timeframeList(const std::vector<model::Timeframe> &timeframes)
{
    QStringList names;
    for (const model::Timeframe tf : timeframes)
        names.append(tf.toString());
    return names.join(QLatin1Char(','));
}

std::optional<std::vector<model::Timeframe>> parseTimeframeList(const QString &text)
{
    std::vector<model::Timeframe> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto tf = model::Timeframe::parse(part.trimmed());
        if (!tf)
            return std::nullopt;
        result.push_back(*tf);
    }
    return result;
}

} // namespace

QString AnalysisSettings::validate() const
{
    if (!finite(minZonePct) || minZonePct <= 0)
        return QStringLiteral("minimum zone size: must be above 0 %, not %1").arg(number(minZonePct));
    for (const model::Timeframe tf : model::Timeframe::all()) {
        const double overlap = overlapFor(tf);
        if (!finite(overlap) || overlap < 0 || overlap > 1)
            return QStringLiteral("overlap threshold of %1: must be within [0, 1], not %2")
                .arg(tf.toString(), number(overlap));
        if (expiryHours[size_t(tf.index())] <= 0)
            return QStringLiteral("expiry of %1: must be at least 1 hour, not %2")
                .arg(tf.toString())
                .arg(expiryHours[size_t(tf.index())]);
    }
    if (orderBlockAveragePeriod < 1 || orderBlockAveragePeriod > 1000)
        return QStringLiteral("order block average period: must be within [1, 1000], not %1")
            .arg(orderBlockAveragePeriod);
    if (!finite(orderBlockStrength) || orderBlockStrength <= 0)
        return QStringLiteral("order block strength: must be above 0, not %1").arg(number(orderBlockStrength));
    if (orderBlockScan < 1 || orderBlockScan > 100)
        return QStringLiteral("order block scan: must be within [1, 100] candles, not %1").arg(orderBlockScan);
    if (sweepSwingRadius < 1 || sweepSwingRadius > 50)
        return QStringLiteral("sweep swing radius: must be within [1, 50], not %1").arg(sweepSwingRadius);
    if (sweepLookback <= sweepSwingRadius || sweepLookback > 1000)
        return QStringLiteral("sweep lookback: must be above the swing radius and at most 1000, not %1")
            .arg(sweepLookback);
    if (sweepFirstIndex < 0)
        return QStringLiteral("sweep first index: must be >= 0, not %1").arg(sweepFirstIndex);
    if (!finite(sweepInvalidateSizes) || sweepInvalidateSizes < 0)
        return QStringLiteral("sweep invalidation distance: must be >= 0 zone sizes, not %1")
            .arg(number(sweepInvalidateSizes));
    if (!finite(sweepFillSizes) || sweepFillSizes < 0)
        return QStringLiteral("sweep fill distance: must be >= 0 zone sizes, not %1").arg(number(sweepFillSizes));
    if (atrPeriod < 1 || atrPeriod > 1000)
        return QStringLiteral("ATR period: must be within [1, 1000], not %1").arg(atrPeriod);
    if (levelsSwingRadius < 1 || levelsWindow < 2 * levelsSwingRadius + 1 || levelsWindow > 1000)
        return QStringLiteral("levels window: must hold a swing (window %1, radius %2)")
            .arg(levelsWindow)
            .arg(levelsSwingRadius);
    if (matrixTimeframes.empty())
        return QStringLiteral("matrix timeframes: name at least one");
    if (minConfluence < 1 || minConfluence > int(matrixTimeframes.size()))
        return QStringLiteral("minimum confluence: must be within [1, %1], not %2")
            .arg(matrixTimeframes.size())
            .arg(minConfluence);
    if (cooldownMs < 0)
        return QStringLiteral("signal cooldown: must be >= 0, not %1 ms").arg(cooldownMs);
    if (!finite(signalAtrMultiple) || signalAtrMultiple < 0)
        return QStringLiteral("signal ATR multiple: must be >= 0, not %1").arg(number(signalAtrMultiple));
    if (!finite(signalMinBufferPct) || signalMinBufferPct < 0)
        return QStringLiteral("signal minimum buffer: must be >= 0 %, not %1").arg(number(signalMinBufferPct));
    if (!finite(minRiskPct) || minRiskPct <= 0 || minRiskPct >= 100)
        return QStringLiteral("minimum risk: must be within (0, 100) %, not %1").arg(number(minRiskPct));
    if (!finite(defaultRr) || defaultRr <= 0)
        return QStringLiteral("default reward/risk: must be above 0, not %1").arg(number(defaultRr));
    if (signalTakeProfit < 1 || signalTakeProfit > 3)
        return QStringLiteral("signal take profit: must be 1, 2 or 3, not %1").arg(signalTakeProfit);
    return {};
}

QVariantMap AnalysisSettings::toVariantMap() const
{
    QStringList overlap;
    QStringList expiry;
    for (int i = 0; i < model::Timeframe::Count; ++i) {
        overlap.append(number(overlapThreshold[size_t(i)]));
        expiry.append(QString::number(expiryHours[size_t(i)]));
    }
    return {
        {QStringLiteral("minZonePct"), minZonePct},
        {QStringLiteral("orderBlockAveragePeriod"), orderBlockAveragePeriod},
        {QStringLiteral("orderBlockStrength"), orderBlockStrength},
        {QStringLiteral("orderBlockScan"), orderBlockScan},
        {QStringLiteral("sweepFirstIndex"), sweepFirstIndex},
        {QStringLiteral("sweepSwingRadius"), sweepSwingRadius},
        {QStringLiteral("sweepLookback"), sweepLookback},
        {QStringLiteral("sweepInvalidateSizes"), sweepInvalidateSizes},
        {QStringLiteral("sweepFillSizes"), sweepFillSizes},
        {QStringLiteral("atrPeriod"), atrPeriod},
        {QStringLiteral("levelsWindow"), levelsWindow},
        {QStringLiteral("levelsSwingRadius"), levelsSwingRadius},
        {QStringLiteral("minConfluence"), minConfluence},
        {QStringLiteral("cooldownMs"), cooldownMs},
        {QStringLiteral("signalAtrMultiple"), signalAtrMultiple},
        {QStringLiteral("signalMinBufferPct"), signalMinBufferPct},
        {QStringLiteral("minRiskPct"), minRiskPct},
        {QStringLiteral("defaultRr"), defaultRr},
        {QStringLiteral("signalTakeProfit"), signalTakeProfit},
        {QStringLiteral("requireHtf"), requireHtf},
        {QStringLiteral("matrixTimeframes"), timeframeList(matrixTimeframes)},
        {QStringLiteral("htfTimeframes"), timeframeList(htfTimeframes)},
        {QStringLiteral("overlapThreshold"), overlap.join(QLatin1Char(','))},
        {QStringLiteral("expiryHours"), expiry.join(QLatin1Char(','))},
    };
}

AnalysisSettings AnalysisSettings::fromVariantMap(const QVariantMap &map)
{
    AnalysisSettings s;
    const auto readDouble = [&map](const char *key, double &target) {
        bool ok = false;
        const double v = map.value(QLatin1String(key)).toDouble(&ok);
        if (ok)
            target = v;
    };
    const auto readInt = [&map](const char *key, auto &target) {
        bool ok = false;
        const qlonglong v = map.value(QLatin1String(key)).toLongLong(&ok);
        if (ok)
            target = decltype(+target)(v);
    };
    readDouble("minZonePct", s.minZonePct);
    readInt("orderBlockAveragePeriod", s.orderBlockAveragePeriod);
    readDouble("orderBlockStrength", s.orderBlockStrength);
    readInt("orderBlockScan", s.orderBlockScan);
    readInt("sweepFirstIndex", s.sweepFirstIndex);
    readInt("sweepSwingRadius", s.sweepSwingRadius);
    readInt("sweepLookback", s.sweepLookback);
    readDouble("sweepInvalidateSizes", s.sweepInvalidateSizes);
    readDouble("sweepFillSizes", s.sweepFillSizes);
    readInt("atrPeriod", s.atrPeriod);
    readInt("levelsWindow", s.levelsWindow);
    readInt("levelsSwingRadius", s.levelsSwingRadius);
    readInt("minConfluence", s.minConfluence);
    readInt("cooldownMs", s.cooldownMs);
    readDouble("signalAtrMultiple", s.signalAtrMultiple);
    readDouble("signalMinBufferPct", s.signalMinBufferPct);
    readDouble("minRiskPct", s.minRiskPct);
    readDouble("defaultRr", s.defaultRr);
    readInt("signalTakeProfit", s.signalTakeProfit);
    if (map.contains(QStringLiteral("requireHtf")))
        s.requireHtf = map.value(QStringLiteral("requireHtf")).toBool();
    if (const auto tfs = parseTimeframeList(map.value(QStringLiteral("matrixTimeframes")).toString()); tfs && !tfs->empty())
        s.matrixTimeframes = *tfs;
    if (const auto tfs = parseTimeframeList(map.value(QStringLiteral("htfTimeframes")).toString()); tfs && !tfs->empty())
        s.htfTimeframes = *tfs;
    const QStringList overlap = map.value(QStringLiteral("overlapThreshold")).toString().split(QLatin1Char(','));
    const QStringList expiry = map.value(QStringLiteral("expiryHours")).toString().split(QLatin1Char(','));
    if (overlap.size() == model::Timeframe::Count) {
        for (int i = 0; i < model::Timeframe::Count; ++i)
            s.overlapThreshold[size_t(i)] = overlap[i].toDouble();
    }
    if (expiry.size() == model::Timeframe::Count) {
        for (int i = 0; i < model::Timeframe::Count; ++i)
            s.expiryHours[size_t(i)] = expiry[i].toInt();
    }
    return s.validate().isEmpty() ? s : AnalysisSettings{};
}

} // namespace cl::analysis
