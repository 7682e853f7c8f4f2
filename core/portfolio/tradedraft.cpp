#include "tradedraft.h"

#include <cmath>

namespace cl::portfolio {

TradeDraft TradeDraft::fromSignal(const model::Signal &signal)
{
    TradeDraft d;
    d.exchange = model::exchangeIdToString(signal.exchange);
    d.symbol = signal.symbol.toString();
    d.direction = signal.direction == model::Direction::Bullish ? Direction::Long : Direction::Short;
    if (signal.entry > 0.0)
        d.entry = signal.entry;
    if (signal.stop > 0.0)
        d.stop = signal.stop;
    for (const double tp : {signal.tp1, signal.tp2, signal.tp3}) {
        if (tp > 0.0 && std::isfinite(tp))
            d.targets.push_back(tp);
    }
    d.timeframe = signal.sourceTimeframe.toString();
    d.patternType = QString::fromLatin1(model::patternTypeCode(signal.sourceType));
    if (signal.id > 0)
        d.signalId = signal.id;
    if (signal.sourcePatternId > 0)
        d.patternId = signal.sourcePatternId;
    return d;
}

Trade TradeDraft::toTrade(qint64 portfolioId, double quantity, qint64 entryTime, double entryFee) const
{
    Trade t;
    t.portfolioId = portfolioId;
    t.exchange = exchange;
    t.symbol = symbol;
    t.direction = direction;
    t.stopLoss = stop;
    if (!targets.empty())
        t.takeProfit = targets.front();
    t.signalId = signalId;
    t.patternId = patternId;
    t.patternType = patternType;
    t.timeframe = timeframe;
    if (entry && quantity > 0.0) {
        t.status = TradeStatus::Open;
        t.fills.push_back({0, FillKind::Entry, entryTime, *entry, quantity, entryFee});
    } else {
        t.status = TradeStatus::Pending;
    }
    return t;
}

std::optional<double> TradeDraft::riskPct(double quantity, double balance) const
{
    if (!entry || !stop || !(balance > 0.0) || !(quantity > 0.0) || *entry == *stop)
        return std::nullopt;
    return std::abs(*entry - *stop) * quantity / balance * 100.0;
}

} // namespace cl::portfolio
