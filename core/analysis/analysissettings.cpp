#include "analysissettings.h"

#include <cmath>

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

} // namespace cl::analysis
