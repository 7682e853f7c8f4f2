#include "tradesimulator.h"

#include <algorithm>
#include <array>

namespace cl::backtest {

using Settings = BacktestSettings;

namespace {

// The targets a trade aims at, nearest first, with the share of the position each closes.
struct Targets
{
    std::array<double, 3> price{};
    std::array<double, 3> fraction{};
    int count = 0;
};

Targets targetsFor(const TradeSetup &s, double entry, double stop, const Settings &settings)
{
    Targets t;
    const double risk = std::abs(entry - stop);
    const double sign = s.isLong() ? 1.0 : -1.0;
    if (settings.rrTarget > 0) {
        t.price[0] = entry + sign * settings.rrTarget * risk;
        t.fraction[0] = 1.0;
        t.count = 1;
        return t;
    }
    const std::array<double, 3> tps{s.tp1, s.tp2, s.tp3};
    if (settings.exitMode == Settings::ExitMode::Scaled) {
        t.price = tps;
        t.fraction = {1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0};
        t.count = 3;
    } else {
        t.price[0] = tps[size_t(settings.exitMode)];
        t.fraction[0] = 1.0;
        t.count = 1;
    }
    return t;
}

bool beyondEntry(const TradeSetup &s, double entry, double price)
{
    return s.isLong() ? price > entry : price < entry;
}

} // namespace

const char *outcomeCode(Outcome outcome)
{
    constexpr std::array<const char *, 4> codes{"win", "loss", "inconclusive", "expired"};
    return codes[size_t(outcome)];
}

double TradeSimulator::adjustedStop(const TradeSetup &setup, double multiple)
{
    if (multiple == 1.0)
        return setup.stop;
    // Without a known zone (a signal whose source is gone) the distance from the entry is scaled instead.
    const bool zoneKnown = setup.zoneHigh > setup.zoneLow;
    const double edge = zoneKnown ? (setup.isLong() ? setup.zoneLow : setup.zoneHigh) : setup.entry;
    return edge + (setup.stop - edge) * multiple;
}

std::vector<TradeSimulator::Simulated> TradeSimulator::simulate(std::span<const model::Candle> candles,
    std::span<const TradeSetup> setups, const Settings &settings, model::Timeframe timeframe, Counts *counts)
{
    Counts local;
    Counts &c = counts ? *counts : local;
    std::vector<Simulated> out;
    const int n = int(candles.size());
    const int lifetime = settings.lifetime(timeframe);
    for (const TradeSetup &s : setups) {
        ++c.setups;
        const bool isLong = s.isLong();
        // The first candle that opens once the setup is known: nothing earlier can trade it.
        const auto first = std::lower_bound(candles.begin(), candles.end(), s.knownAt,
            [](const model::Candle &k, qint64 t) { return k.openTime < t; });
        const int j0 = int(first - candles.begin());
        if (j0 >= n) {
            ++c.unfilled;
            continue;
        }
        const double stop = adjustedStop(s, settings.stopBufferMultiple);
        int entryIndex = -1;
        double entry = s.entry;
        if (settings.entryMethod == Settings::EntryMethod::NextOpen) {
            entryIndex = j0;
            entry = candles[size_t(j0)].open;
        } else {
            const int last = std::min(n, j0 + lifetime);
            for (int j = j0; j < last; ++j) {
                const model::Candle &k = candles[size_t(j)];
                if (isLong ? k.low <= entry : k.high >= entry) {
                    entryIndex = j;
                    break;
                }
            }
            if (entryIndex < 0) {
                ++c.unfilled;
                continue;
            }
        }
        const Targets targets = targetsFor(s, entry, stop, settings);
        if (!(isLong ? stop < entry : stop > entry) || !beyondEntry(s, entry, targets.price[0])) {
            ++c.invalid;
            continue;
        }

        Simulated sim;
        BacktestTrade &t = sim.trade;
        t.type = s.type;
        t.direction = s.direction;
        t.timeframe = timeframe;
        t.fromSignal = s.fromSignal;
        t.detectedAt = s.detectedAt;
        t.entryIndex = entryIndex;
        t.entryTime = candles[size_t(entryIndex)].openTime;
        t.stop = stop;
        t.target = targets.price[size_t(targets.count - 1)];
        sim.rawEntry = entry;

        int next = 0; // the next target not yet reached
        double open = 1.0; // share of the position still open
        bool resolved = false;
        bool conflict = false;
        bool stopped = false;
        const int end = entryIndex + lifetime; // the last candle the trade may live through
        int j = entryIndex + 1;
        for (; j <= end && j < n; ++j) {
            const model::Candle &k = candles[size_t(j)];
            const bool stopHit = isLong ? k.low <= stop : k.high >= stop;
            const bool targetHit = isLong ? k.high >= targets.price[size_t(next)] : k.low <= targets.price[size_t(next)];
            if (stopHit && targetHit) {
                conflict = true;
                if (settings.sameCandle == Settings::SameCandle::StopFirst) {
                    const double price = isLong ? std::min(k.open, stop) : std::max(k.open, stop);
                    sim.exits.push_back({j, 0, price, open, false});
                    stopped = true;
                } else {
                    sim.exits.push_back({j, 0, entry, open, true});
                }
                resolved = true;
                break;
            }
            if (stopHit) {
                const double price = isLong ? std::min(k.open, stop) : std::max(k.open, stop);
                sim.exits.push_back({j, 0, price, open, false});
                stopped = true;
                resolved = true;
                break;
            }
            while (next < targets.count
                && (isLong ? k.high >= targets.price[size_t(next)] : k.low <= targets.price[size_t(next)])) {
                const double share = next + 1 == targets.count ? open : targets.fraction[size_t(next)];
                sim.exits.push_back({j, 0, targets.price[size_t(next)], share, false});
                open -= share;
                ++next;
            }
            if (next == targets.count) {
                resolved = true;
                break;
            }
        }
        if (!resolved) {
            if (j <= end) { // the data ended first
                ++c.openAtEnd;
                continue;
            }
            sim.exits.push_back({end, 0, candles[size_t(end)].close, open, false});
        }
        for (Exit &e : sim.exits)
            e.time = candles[size_t(e.index)].openTime;
        t.exitIndex = sim.exits.back().index;
        t.exitTime = candles[size_t(t.exitIndex)].openTime;
        if (!resolved)
            t.outcome = Outcome::Expired;
        else if (conflict && settings.sameCandle == Settings::SameCandle::Inconclusive)
            t.outcome = Outcome::Inconclusive;
        else if (targets.count == 1)
            t.outcome = stopped ? Outcome::Loss : Outcome::Win;
        else
            t.outcome = Outcome::Win; // scaled: decided on the P&L once sized (see Backtester)
        out.push_back(std::move(sim));
    }
    return out;
}

} // namespace cl::backtest
