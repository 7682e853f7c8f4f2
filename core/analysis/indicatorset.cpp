#include "indicatorset.h"

#include <cmath>

namespace cl::analysis {

namespace {

constexpr int kMaxPeriod = 100'000;

struct KindInfo
{
    const char *name;
    IndicatorSet::Kind kind;
    int periodCount; // integer parameters
    int defaults[3];
};

constexpr KindInfo kKinds[] = {
    {"rsi", IndicatorSet::Kind::Rsi, 1, {14, 0, 0}},
    {"atr", IndicatorSet::Kind::Atr, 1, {14, 0, 0}},
    {"ema", IndicatorSet::Kind::Ema, 1, {20, 0, 0}},
    {"sma", IndicatorSet::Kind::Sma, 1, {20, 0, 0}},
    {"macd", IndicatorSet::Kind::Macd, 3, {12, 26, 9}},
    {"bb", IndicatorSet::Kind::Bollinger, 1, {20, 0, 0}},
    {"volsma", IndicatorSet::Kind::VolumeSma, 1, {20, 0, 0}},
};

QStringList namesOf(const IndicatorSet::Request &r)
{
    const QString p = QString::number(r.periods.front());
    switch (r.kind) {
    case IndicatorSet::Kind::Rsi:
        return {QStringLiteral("rsi") + p};
    case IndicatorSet::Kind::Atr:
        return {QStringLiteral("atr") + p};
    case IndicatorSet::Kind::Ema:
        return {QStringLiteral("ema") + p};
    case IndicatorSet::Kind::Sma:
        return {QStringLiteral("sma") + p};
    case IndicatorSet::Kind::Macd:
        return {QStringLiteral("macd"), QStringLiteral("macd_signal"), QStringLiteral("macd_hist")};
    case IndicatorSet::Kind::Bollinger:
        return {QStringLiteral("bb_upper"), QStringLiteral("bb_mid"), QStringLiteral("bb_lower")};
    case IndicatorSet::Kind::VolumeSma:
        break;
    }
    return {QStringLiteral("volsma") + p};
}

} // namespace

std::optional<IndicatorSet> IndicatorSet::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &item, const QString &why) {
        if (error)
            *error = QStringLiteral("'%1': %2").arg(item, why);
        return std::nullopt;
    };
    IndicatorSet set;
    QStringList seen;
    for (const QString &rawItem : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const QStringList parts = item.split(QLatin1Char(':'));
        const KindInfo *info = nullptr;
        for (const KindInfo &k : kKinds) {
            if (parts.front() == QLatin1StringView(k.name))
                info = &k;
        }
        if (!info)
            return fail(item, QStringLiteral("unknown indicator (rsi, atr, ema, sma, macd, bb, volsma)"));
        const int extra = info->kind == Kind::Bollinger ? 2 : 0;
        if (parts.size() != 1 && parts.size() != 1 + info->periodCount + extra)
            return fail(item, QStringLiteral("expected %1 parameter(s) after the name").arg(info->periodCount + extra));
        Request request;
        request.kind = info->kind;
        for (int k = 0; k < info->periodCount; ++k) {
            if (parts.size() == 1) {
                request.periods.push_back(info->defaults[k]);
                continue;
            }
            bool ok = false;
            const int period = parts[k + 1].toInt(&ok);
            if (!ok || period < 1 || period > kMaxPeriod)
                return fail(item,
                    QStringLiteral("period '%1' is not a whole number within [1, %2]")
                        .arg(parts[k + 1])
                        .arg(kMaxPeriod));
            request.periods.push_back(period);
        }
        if (request.kind == Kind::Macd && request.periods[0] >= request.periods[1])
            return fail(item, QStringLiteral("the fast period must be below the slow one"));
        if (request.kind == Kind::Bollinger && parts.size() > 1) {
            bool okUp = false;
            bool okDown = false;
            request.kUp = parts[2].toDouble(&okUp);
            request.kDown = parts[3].toDouble(&okDown);
            if (!okUp || !okDown || !std::isfinite(request.kUp) || !std::isfinite(request.kDown))
                return fail(item, QStringLiteral("band widths must be numbers"));
        }
        for (const QString &name : namesOf(request)) {
            if (seen.contains(name))
                return fail(item, QStringLiteral("gives the series %1 a second time").arg(name));
            seen.append(name);
        }
        set.m_requests.push_back(std::move(request));
    }
    if (set.m_requests.empty())
        return fail(text, QStringLiteral("name at least one indicator"));
    return set;
}

QStringList IndicatorSet::columnNames() const
{
    QStringList names;
    for (const Request &r : m_requests)
        names += namesOf(r);
    return names;
}

std::vector<IndicatorSet::Column> IndicatorSet::compute(std::span<const model::Candle> candles) const
{
    const Series closes = closesOf(candles);
    std::vector<Column> columns;
    for (const Request &r : m_requests) {
        const QStringList names = namesOf(r);
        const int p = r.periods.front();
        switch (r.kind) {
        case Kind::Rsi:
            columns.push_back({names[0], rsi(closes, p)});
            break;
        case Kind::Atr:
            columns.push_back({names[0], atr(candles, p)});
            break;
        case Kind::Ema:
            columns.push_back({names[0], ema(closes, p)});
            break;
        case Kind::Sma:
            columns.push_back({names[0], sma(closes, p)});
            break;
        case Kind::Macd: {
            MacdSeries m = macd(closes, r.periods[0], r.periods[1], r.periods[2]);
            columns.push_back({names[0], std::move(m.macd)});
            columns.push_back({names[1], std::move(m.signal)});
            columns.push_back({names[2], std::move(m.hist)});
            break;
        }
        case Kind::Bollinger: {
            BollingerSeries b = bollinger(closes, p, r.kUp, r.kDown);
            columns.push_back({names[0], std::move(b.upper)});
            columns.push_back({names[1], std::move(b.mid)});
            columns.push_back({names[2], std::move(b.lower)});
            break;
        }
        case Kind::VolumeSma:
            columns.push_back({names[0], sma(volumesOf(candles), p)});
            break;
        }
    }
    return columns;
}

} // namespace cl::analysis
