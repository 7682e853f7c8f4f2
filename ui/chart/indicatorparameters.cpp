#include "indicatorparameters.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cl::chart {

namespace {
const QString kEma = QStringLiteral("emaPeriod");
const QString kSma = QStringLiteral("smaPeriod");
const QString kBollingerPeriod = QStringLiteral("bollingerPeriod");
const QString kBollingerK = QStringLiteral("bollingerK");
const QString kRsi = QStringLiteral("rsiPeriod");
const QString kMacdFast = QStringLiteral("macdFast");
const QString kMacdSlow = QStringLiteral("macdSlow");
const QString kMacdSignal = QStringLiteral("macdSignal");

bool periodOk(int period)
{
    return period >= IndicatorParameters::kMinPeriod && period <= IndicatorParameters::kMaxPeriod;
}

bool bollingerKOk(double k)
{
    return std::isfinite(k) && k > 0.0 && k <= IndicatorParameters::kMaxBollingerK;
}

// A number from the map: a bool or anything that does not convert is no number.
std::optional<double> number(const QVariantMap &map, const QString &key)
{
    const auto it = map.constFind(key);
    if (it == map.constEnd() || it->typeId() == QMetaType::Bool)
        return std::nullopt;
    bool ok = false;
    const double v = it->toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

void readPeriod(const QVariantMap &map, const QString &key, int &target)
{
    const auto v = number(map, key);
    if (v && std::floor(*v) == *v && periodOk(int(std::clamp(*v, -1.0, 1e6))))
        target = int(*v);
}
} // namespace

QString IndicatorParameters::validate() const
{
    const auto periodProblem = [](const char *name, int period) {
        return periodOk(period)
            ? QString()
            : tr("%1 period %2 is outside %3 to %4").arg(tr(name)).arg(period).arg(kMinPeriod).arg(kMaxPeriod);
    };
    for (const QString &problem : {periodProblem(QT_TR_NOOP("EMA"), emaPeriod),
             periodProblem(QT_TR_NOOP("SMA"), smaPeriod), periodProblem(QT_TR_NOOP("Bollinger"), bollingerPeriod),
             periodProblem(QT_TR_NOOP("RSI"), rsiPeriod), periodProblem(QT_TR_NOOP("MACD fast"), macdFast),
             periodProblem(QT_TR_NOOP("MACD slow"), macdSlow), periodProblem(QT_TR_NOOP("MACD signal"), macdSignal)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (!bollingerKOk(bollingerK))
        return tr("Bollinger width %1 must be above 0 and at most %2").arg(bollingerK).arg(kMaxBollingerK);
    if (macdFast >= macdSlow)
        return tr("MACD fast period %1 must be shorter than the slow period %2").arg(macdFast).arg(macdSlow);
    return QString();
}

QVariantMap IndicatorParameters::toVariantMap() const
{
    return {{kEma, emaPeriod}, {kSma, smaPeriod}, {kBollingerPeriod, bollingerPeriod}, {kBollingerK, bollingerK},
        {kRsi, rsiPeriod}, {kMacdFast, macdFast}, {kMacdSlow, macdSlow}, {kMacdSignal, macdSignal}};
}

IndicatorParameters IndicatorParameters::fromVariantMap(const QVariantMap &map, const IndicatorParameters &base)
{
    IndicatorParameters p = base;
    readPeriod(map, kEma, p.emaPeriod);
    readPeriod(map, kSma, p.smaPeriod);
    readPeriod(map, kBollingerPeriod, p.bollingerPeriod);
    readPeriod(map, kRsi, p.rsiPeriod);
    readPeriod(map, kMacdSignal, p.macdSignal);
    if (const auto k = number(map, kBollingerK); k && bollingerKOk(*k))
        p.bollingerK = *k;
    IndicatorParameters macd = p;
    readPeriod(map, kMacdFast, macd.macdFast);
    readPeriod(map, kMacdSlow, macd.macdSlow);
    if (macd.macdFast < macd.macdSlow) {
        p.macdFast = macd.macdFast;
        p.macdSlow = macd.macdSlow;
    }
    return p;
}

IndicatorParameters IndicatorParameters::fromVariantMap(const QVariantMap &map)
{
    return fromVariantMap(map, IndicatorParameters{});
}

} // namespace cl::chart
