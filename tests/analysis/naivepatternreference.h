#pragma once

#include "analysis/analysissettings.h"
#include "analysis/indicators.h"
#include "analysis/zonegate.h"
#include "model/candle.h"
#include "model/pattern.h"

#include <algorithm>
#include <cmath>

namespace cl::test {

// An independent, deliberately naive reading of spec/patterns.md over the whole array (no ring, no
// incremental state), to check the engine's bookkeeping on random data.
struct NaivePatternReference
{
    using Candle = model::Candle;
    using CandleSeries = model::CandleSeries;
    using Direction = model::Direction;
    using Pattern = model::Pattern;
    using PatternList = model::PatternList;
    using PatternStatus = model::PatternStatus;
    using PatternType = model::PatternType;
    using Series = analysis::Series;
    using Timeframe = model::Timeframe;
    using AnalysisSettings = analysis::AnalysisSettings;
    static constexpr qint64 kHour = 3'600'000;

    const CandleSeries &c;
    Timeframe tf;
    AnalysisSettings s;
    PatternList patterns;
    Series atr;

    NaivePatternReference(const CandleSeries &candles, Timeframe timeframe)
        : c(candles)
        , tf(timeframe)
        , atr(cl::analysis::atr(candles, 14))
    {
    }

    void status(Pattern &p, const Candle &k, qint64 now)
    {
        const double size = p.zoneHigh - p.zoneLow;
        if (p.type == PatternType::LiquiditySweep) {
            const bool bull = p.direction == Direction::Bullish;
            if (bull ? k.close < p.zoneLow - size : k.close > p.zoneHigh + size) {
                p.status = PatternStatus::Invalidated;
                p.fillPct = 0;
            } else if (bull ? k.close > p.zoneHigh + 2 * size : k.close < p.zoneLow - 2 * size) {
                p.status = PatternStatus::Filled;
                p.fillPct = 100;
            } else {
                p.fillPct = 50;
            }
        } else if (p.direction == Direction::Bullish) {
            double lowest = k.low;
            for (const Candle &x : c) {
                if (x.openTime > p.detectedAt && x.openTime <= k.openTime)
                    lowest = std::min(lowest, x.low);
            }
            p.fillPct = std::clamp((p.zoneHigh - lowest) / size, 0.0, 1.0) * 100;
            if (k.low <= p.zoneLow) {
                p.status = PatternStatus::Filled;
                p.fillPct = 100;
            }
        } else {
            double highest = k.high;
            for (const Candle &x : c) {
                if (x.openTime > p.detectedAt && x.openTime <= k.openTime)
                    highest = std::max(highest, x.high);
            }
            p.fillPct = std::clamp((highest - p.zoneLow) / size, 0.0, 1.0) * 100;
            if (k.high >= p.zoneHigh) {
                p.status = PatternStatus::Filled;
                p.fillPct = 100;
            }
        }
        if (p.status == PatternStatus::Active && now > p.detectedAt + s.expiryHours[size_t(tf.index())] * kHour)
            p.status = PatternStatus::Expired;
        if (p.status != PatternStatus::Active)
            p.statusAt = now;
    }

    bool gate(int i, PatternType type, Direction dir, double zl, double zh)
    {
        if (!(zl > 0) || !((zh - zl) / zl * 100 >= 0.15))
            return false;
        for (const Pattern &p : patterns) {
            if (p.type == type && p.detectedAt == c[size_t(i)].openTime)
                return false;
            if (p.status == PatternStatus::Active && p.type == type && p.direction == dir
                && analysis::ZoneGate::overlap(p.zoneLow, p.zoneHigh, zl, zh) >= s.overlapThreshold[size_t(tf.index())])
                return false;
        }
        Pattern p;
        p.type = type;
        p.direction = dir;
        p.timeframe = tf;
        p.detectedAt = c[size_t(i)].openTime;
        p.zoneLow = zl;
        p.zoneHigh = zh;
        p.statusAt = p.detectedAt + tf.durationMs();
        // Levels from candles 0..i only.
        const double a = i < 14 ? 0.0 : atr[size_t(i)];
        const int w0 = std::max(0, i - 50);
        double sh = -1, sl = -1;
        bool haveH = false, haveL = false;
        for (int k = w0 + 2; k <= i - 3; ++k) {
            const double h = c[size_t(k)].high, l = c[size_t(k)].low;
            if (h > c[size_t(k - 1)].high && h > c[size_t(k - 2)].high && h > c[size_t(k + 1)].high
                && h > c[size_t(k + 2)].high && (!haveH || h > sh)) {
                sh = h;
                haveH = true;
            }
            if (l < c[size_t(k - 1)].low && l < c[size_t(k - 2)].low && l < c[size_t(k + 1)].low
                && l < c[size_t(k + 2)].low && (!haveL || l < sl)) {
                sl = l;
                haveL = true;
            }
        }
        for (int k = w0; k < i; ++k) {
            if (!haveH)
                sh = k == w0 ? c[size_t(k)].high : std::max(sh, c[size_t(k)].high);
            if (!haveL)
                sl = k == w0 ? c[size_t(k)].low : std::min(sl, c[size_t(k)].low);
        }
        const bool bull = dir == Direction::Bullish;
        const double size = zh - zl;
        const double bufK = type == PatternType::Fvg ? 0.5 : type == PatternType::OrderBlock ? 0.3 : 0.2;
        const double buf = a > 0 ? bufK * a : bufK * size;
        auto &L = p.levels;
        L.atr = a;
        L.entry = type == PatternType::OrderBlock ? (zh + zl) / 2 : (bull ? zh : zl);
        L.stop = bull ? zl - buf : zh + buf;
        const double R = std::abs(L.entry - L.stop);
        const double sw = bull ? sh : sl;
        const double sg = bull ? 1 : -1;
        if (bull ? sw > L.entry : sw < L.entry) {
            if (type == PatternType::Fvg) {
                L.tp1 = bull ? std::min(L.entry + R, sw) : std::max(L.entry - R, sw);
                L.tp2 = sw;
                L.tp3 = bull ? sw + 0.5 * (sw - L.entry) : sw - 0.5 * (L.entry - sw);
            } else if (type == PatternType::OrderBlock) {
                L.tp1 = L.entry + sg * R;
                L.tp2 = sw;
                L.tp3 = sw + sg * R;
            } else {
                L.tp1 = L.entry + sg * 1.5 * R;
                L.tp2 = sw;
                L.tp3 = bull ? sw + 0.618 * (sw - L.entry) : sw - 0.618 * (L.entry - sw);
            }
        } else if (type == PatternType::LiquiditySweep) {
            L.tp1 = L.entry + sg * 1.5 * R;
            L.tp2 = L.entry + sg * 2.5 * R;
            L.tp3 = L.entry + sg * 4 * R;
        } else {
            L.tp1 = L.entry + sg * R;
            L.tp2 = L.entry + sg * 2 * R;
            L.tp3 = L.entry + sg * 3 * R;
        }
        auto rr = [&](double tp) { return R > 0 ? std::round(std::abs(tp - L.entry) / R * 100) / 100 : 0.0; };
        L.rr1 = rr(L.tp1);
        L.rr2 = rr(L.tp2);
        L.rr3 = rr(L.tp3);
        patterns.push_back(p);
        return true;
    }

    bool swingHigh(int s) const
    {
        for (int k = s - 3; k <= s + 3; ++k) {
            if (c[size_t(s)].high < c[size_t(k)].high)
                return false;
        }
        return true;
    }
    bool swingLow(int s) const
    {
        for (int k = s - 3; k <= s + 3; ++k) {
            if (c[size_t(s)].low > c[size_t(k)].low)
                return false;
        }
        return true;
    }

    void run()
    {
        for (int i = 0; i < int(c.size()); ++i) {
            const Candle &k = c[size_t(i)];
            for (Pattern &p : patterns) {
                if (p.status == PatternStatus::Active)
                    status(p, k, k.openTime + tf.durationMs());
            }
            if (i >= 2) {
                const Candle &a = c[size_t(i - 2)];
                if (a.high < k.low)
                    gate(i, PatternType::Fvg, Direction::Bullish, a.high, k.low);
                else if (a.low > k.high)
                    gate(i, PatternType::Fvg, Direction::Bearish, k.high, a.low);
            }
            if (i >= 19) {
                double sum = 0;
                for (int j = i - 19; j <= i; ++j)
                    sum += std::abs(c[size_t(j)].close - c[size_t(j)].open);
                const double avg = sum / 20;
                const double body = k.close - k.open;
                if (avg != 0 && std::abs(body) > 1.5 * avg && body != 0) {
                    for (int j = i - 1; j >= std::max(1, i - 3); --j) {
                        const Candle &o = c[size_t(j)];
                        if (body > 0 ? o.close < o.open : o.close > o.open) {
                            if (gate(i, PatternType::OrderBlock, body > 0 ? Direction::Bullish : Direction::Bearish,
                                    std::min(o.open, o.close), std::max(o.open, o.close)))
                                break;
                        }
                    }
                }
                for (int s = std::max(3, i - 50); s <= i - 4; ++s) {
                    const double p = c[size_t(s)].low;
                    if (swingLow(s) && k.low < p && k.close > p
                        && gate(i, PatternType::LiquiditySweep, Direction::Bullish, k.low, p))
                        break;
                }
                for (int s = std::max(3, i - 50); s <= i - 4; ++s) {
                    const double p = c[size_t(s)].high;
                    if (swingHigh(s) && k.high > p && k.close < p
                        && gate(i, PatternType::LiquiditySweep, Direction::Bearish, p, k.high))
                        break;
                }
            }
        }
    }
};

} // namespace cl::test
