#include "tradepnl.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace cl::portfolio {

namespace {

constexpr double kQuantityTolerance = 1e-9;

struct Lot
{
    double price = 0.0;
    double quantity = 0.0;
    double original = 0.0;
    double feePerUnit = 0.0;
};

std::vector<Fill> sortedFills(const Trade &trade, FillKind kind)
{
    std::vector<Fill> fills;
    for (const Fill &f : trade.fills) {
        if (f.kind == kind)
            fills.push_back(f);
    }
    std::stable_sort(fills.begin(), fills.end(), [](const Fill &a, const Fill &b) { return a.time < b.time; });
    return fills;
}

// One fill's own price is kept exactly: p * q / q is not always p, and a single-fill trade must give the
// spec's (exit - entry) * qty to the last bit.
double averagePrice(const std::vector<Fill> &fills)
{
    if (fills.empty())
        return 0.0;
    if (fills.size() == 1)
        return fills.front().price;
    double notional = 0.0;
    double quantity = 0.0;
    for (const Fill &f : fills) {
        notional += f.price * f.quantity;
        quantity += f.quantity;
    }
    return quantity > 0.0 ? notional / quantity : 0.0;
}

} // namespace

bool TradePnl::isFullyExited(double entered, double exited)
{
    return entered > 0.0 && exited >= entered * (1.0 - kQuantityTolerance);
}

TradeResult TradePnl::evaluate(const Trade &trade)
{
    TradeResult r;
    r.tradeId = trade.id;
    r.externalId = trade.externalId;
    r.symbol = trade.symbol;
    r.direction = trade.direction;
    r.patternType = trade.patternType;
    r.timeframe = trade.timeframe;
    r.tags = trade.tags;

    const std::vector<Fill> entries = sortedFills(trade, FillKind::Entry);
    const std::vector<Fill> exits = sortedFills(trade, FillKind::Exit);
    const double sign = trade.direction == Direction::Long ? 1.0 : -1.0;

    double entered = 0.0;
    double fillFees = 0.0;
    std::deque<Lot> lots;
    for (const Fill &f : entries) {
        entered += f.quantity;
        fillFees += f.fee;
        lots.push_back({f.price, f.quantity, f.quantity, f.quantity > 0.0 ? f.fee / f.quantity : 0.0});
    }
    r.entryTime = entries.empty() ? 0 : entries.front().time;
    r.quantity = entered;
    r.entryPrice = averagePrice(entries);
    r.exitPrice = averagePrice(exits);

    // FIFO: each exit consumes the oldest lots first.
    double gross = 0.0;
    double exited = 0.0;
    double partialFees = 0.0;
    for (const Fill &exit : exits) {
        exited += exit.quantity;
        fillFees += exit.fee;
        partialFees += exit.fee;
        double remaining = exit.quantity;
        while (remaining > 0.0 && !lots.empty()) {
            Lot &lot = lots.front();
            const double matched = std::min(remaining, lot.quantity);
            gross += sign * (exit.price - lot.price) * matched;
            partialFees += lot.feePerUnit * matched;
            lot.quantity -= matched;
            remaining -= matched;
            if (lot.quantity <= lot.original * kQuantityTolerance)
                lots.pop_front();
        }
    }
    r.openQuantity = std::max(0.0, entered - exited);
    r.fees = trade.fees + fillFees;
    r.closed = trade.status != TradeStatus::Cancelled && isFullyExited(entered, exited);

    if (trade.stopLoss) {
        const double risk = std::fabs(r.entryPrice - *trade.stopLoss) * entered;
        if (risk > 0.0)
            r.riskAmount = risk;
        const double stopDistance = std::fabs(r.entryPrice - *trade.stopLoss);
        if (trade.takeProfit && stopDistance > 0.0)
            r.plannedRR = std::fabs(*trade.takeProfit - r.entryPrice) / stopDistance;
    }

    if (r.closed) {
        r.exitTime = exits.back().time;
        r.pnl = gross - r.fees;
        const double notional = r.entryPrice * entered;
        r.pnlPct = notional > 0.0 ? r.pnl / notional * 100.0 : 0.0;
        if (r.riskAmount)
            r.rMultiple = r.pnl / *r.riskAmount;
    } else {
        r.realizedPartial = gross - partialFees;
    }
    return r;
}

double TradePnl::unrealized(const Trade &trade, double markPrice)
{
    const double sign = trade.direction == Direction::Long ? 1.0 : -1.0;
    std::deque<Lot> lots;
    for (const Fill &f : sortedFills(trade, FillKind::Entry))
        lots.push_back({f.price, f.quantity, f.quantity, 0.0});
    double exitedLeft = 0.0;
    for (const Fill &f : sortedFills(trade, FillKind::Exit))
        exitedLeft += f.quantity;
    double value = 0.0;
    for (Lot &lot : lots) {
        const double taken = std::min(exitedLeft, lot.quantity);
        exitedLeft -= taken;
        value += sign * (markPrice - lot.price) * (lot.quantity - taken);
    }
    return value;
}

} // namespace cl::portfolio
