#include "setupcollector.h"

#include "analysis/symbolanalyzer.h"

#include <algorithm>

namespace cl::backtest {

using model::Timeframe;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kCheckEvery = 4096; // candles between cancel checks, progress and dropping final patterns

TradeSetup fromPattern(const model::Pattern &p)
{
    TradeSetup s;
    s.type = p.type;
    s.direction = p.direction;
    s.timeframe = p.timeframe;
    s.detectedAt = p.detectedAt;
    s.knownAt = p.detectedAt + p.timeframe.durationMs();
    s.zoneLow = p.zoneLow;
    s.zoneHigh = p.zoneHigh;
    s.entry = p.levels.entry;
    s.stop = p.levels.stop;
    s.tp1 = p.levels.tp1;
    s.tp2 = p.levels.tp2;
    s.tp3 = p.levels.tp3;
    return s;
}

void clear(analysis::SymbolAnalyzer::Update &update)
{
    update.patterns.clear();
    update.newSignals.clear();
    update.changedSignals.clear();
}

} // namespace

SetupCollector::Result SetupCollector::collect(
    const BacktestData &data, const BacktestSettings &settings, const RunControl &control)
{
    return settings.source == BacktestSettings::Source::Patterns ? collectPatterns(data, settings, control)
                                                                 : collectSignals(data, settings, control);
}

SetupCollector::Result SetupCollector::collectPatterns(
    const BacktestData &data, const BacktestSettings &settings, const RunControl &control)
{
    Result result;
    const Timeframe tf = data.timeframe;
    // Patterns only: the analyzer runs the traded timeframe, no confluence timeframes.
    analysis::AnalysisSettings analysisSettings = settings.analysis;
    analysisSettings.matrixTimeframes.clear();
    analysis::SymbolAnalyzer analyzer(data.exchange, data.symbol, {tf}, analysisSettings);
    analysis::PatternEngine *engine = analyzer.engine(tf);
    const bool minutes = settings.useMinuteStatuses && tf != Timeframe::M1 && !data.minutes.empty();
    const qint64 tfMs = tf.durationMs();
    const size_t n = data.candles.size();
    size_t m = 0;
    analysis::SymbolAnalyzer::Update update;
    for (size_t k = 0; k < n; ++k) {
        const model::Candle &candle = data.candles[k];
        const qint64 close = candle.openTime + tfMs;
        // As live: the minutes that close by this candle's close come first, then the candle itself.
        if (minutes) {
            while (m < data.minutes.size() && data.minutes[m].openTime + kMinuteMs <= close) {
                clear(update);
                analyzer.addClosedCandle(Timeframe::M1, data.minutes[m], &update);
                ++m;
                ++result.candles;
            }
        }
        clear(update);
        analyzer.addClosedCandle(tf, candle, &update);
        ++result.candles;
        for (const int index : engine->added()) {
            const model::Pattern &p = engine->patterns()[size_t(index)];
            ++result.patterns;
            if (settings.tradesType(int(p.type)))
                result.setups.push_back(fromPattern(p));
        }
        if ((k + 1) % kCheckEvery == 0) {
            analyzer.dropFinished();
            if (control.cancelled()) {
                result.cancelled = true;
                return result;
            }
            control.report(double(k + 1) / double(n));
        }
    }
    return result;
}

SetupCollector::Result SetupCollector::collectSignals(
    const BacktestData &data, const BacktestSettings &settings, const RunControl &control)
{
    Result result;
    const Timeframe tf = data.timeframe;
    analysis::SymbolAnalyzer analyzer(data.exchange, data.symbol, {tf}, settings.analysis);
    struct Event
    {
        qint64 close;
        int timeframe;
        const model::Candle *candle;
    };
    std::vector<Event> events;
    auto add = [&events](Timeframe t, const model::CandleSeries &series) {
        for (const model::Candle &c : series)
            events.push_back({c.openTime + t.durationMs(), t.index(), &c});
    };
    add(tf, data.candles);
    if (tf != Timeframe::M1)
        add(Timeframe::M1, data.minutes);
    for (const auto &[index, series] : data.others) {
        if (index != tf.index() && index != Timeframe::M1 && analyzer.engine(Timeframe(Timeframe::Id(index))))
            add(Timeframe(Timeframe::Id(index)), series);
    }
    // The order of the live engine's replay: by close time, then the shorter timeframe first.
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.close != b.close ? a.close < b.close : a.timeframe < b.timeframe;
    });
    const analysis::PatternEngine *traded = analyzer.engine(tf);
    analysis::SymbolAnalyzer::Update update;
    for (size_t e = 0; e < events.size(); ++e) {
        clear(update);
        const Timeframe eventTf(Timeframe::Id(events[e].timeframe));
        analyzer.addClosedCandle(eventTf, *events[e].candle, &update);
        ++result.candles;
        if (eventTf == tf)
            result.patterns += qint64(traded->added().size());
        // Confluence once every candle closing at this moment is in, as the live worker does per batch.
        if (e + 1 < events.size() && events[e + 1].close == events[e].close)
            continue;
        const qint64 now = events[e].close;
        if (const auto signal = analyzer.evaluateSignals(now, nullptr)) {
            const analysis::PatternEngine *source = analyzer.engine(signal->sourceTimeframe);
            const model::Pattern *pattern = source ? source->newestActive() : nullptr;
            TradeSetup s;
            s.type = signal->sourceType;
            s.direction = signal->direction;
            s.timeframe = tf;
            s.fromSignal = true;
            s.detectedAt = signal->createdAt;
            s.knownAt = signal->createdAt;
            s.zoneLow = pattern ? pattern->zoneLow : 0.0;
            s.zoneHigh = pattern ? pattern->zoneHigh : 0.0;
            s.entry = signal->entry;
            s.stop = signal->stop;
            s.tp1 = signal->tp1;
            s.tp2 = signal->tp2;
            s.tp3 = signal->tp3;
            result.setups.push_back(s);
        }
        if ((e + 1) % size_t(kCheckEvery) == 0) {
            analyzer.dropFinished();
            if (control.cancelled()) {
                result.cancelled = true;
                return result;
            }
            control.report(double(e + 1) / double(events.size()));
        }
    }
    return result;
}

} // namespace cl::backtest
