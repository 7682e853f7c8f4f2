#include "analysis/symbolanalyzer.h"
#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QTest>
#include <map>

using namespace cl::analysis;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::PatternStatus;
using cl::model::Timeframe;

namespace {

constexpr qint64 kStart = 1'704'067'200'000; // Monday 2024-01-01
const cl::model::Symbol kBtc = *cl::model::Symbol::parse(u"BTC/USDT");

// Every closed candle of every timeframe in the order a live feed delivers them: by close time, the 1m
// candle before the higher timeframes closing at the same moment.
std::multimap<std::pair<qint64, int>, std::pair<Timeframe, Candle>> feed(
    const CandleSeries &minutes, const std::vector<Timeframe> &timeframes)
{
    std::multimap<std::pair<qint64, int>, std::pair<Timeframe, Candle>> events;
    const auto built = cl::candles::CandleAggregator::aggregate(minutes, std::span(timeframes));
    for (const Candle &m : minutes)
        events.insert({{m.openTime + 60'000, 0}, {Timeframe::M1, m}});
    for (size_t k = 0; k < timeframes.size(); ++k) {
        for (const Candle &c : built[k])
            events.insert({{c.openTime + timeframes[k].durationMs(), timeframes[k].index()}, {timeframes[k], c}});
    }
    return events;
}

} // namespace

class TstSymbolAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void minuteCandlesMoveHigherTimeframePatterns()
    {
        SymbolAnalyzer analyzer(cl::model::ExchangeId::Binance, kBtc, {Timeframe::H1});
        SymbolAnalyzer::Update update;
        const qint64 h = 3'600'000;
        analyzer.addClosedCandle(Timeframe::H1, {kStart, 100, 101, 99, 100.5, 1}, &update);
        analyzer.addClosedCandle(Timeframe::H1, {kStart + h, 100.5, 101.5, 100, 101, 1}, &update);
        analyzer.addClosedCandle(Timeframe::H1, {kStart + 2 * h, 102, 105, 101.8, 104.5, 1}, &update);
        QCOMPARE(update.patterns.size(), size_t(1)); // FVG [101, 101.8]
        QCOMPARE(update.patterns[0].timeframe, Timeframe(Timeframe::H1));
        SymbolAnalyzer::Update minute;
        analyzer.addClosedCandle(Timeframe::M1, {kStart + 3 * h, 103, 103, 100.9, 101, 1}, &minute);
        QCOMPARE(minute.patterns.size(), size_t(1));
        QCOMPARE(minute.patterns[0].status, PatternStatus::Filled);
        QCOMPARE(analyzer.engine(Timeframe::H1)->patterns()[0].status, PatternStatus::Filled);
    }

    void signalsOverALiveFeedRespectTheRules()
    {
        std::mt19937_64 rng(5);
        CandleSeries minutes = cl::test::randomMinuteCandles(rng, kStart - 60'000, 30 * 1440);
        const std::vector<Timeframe> higher{Timeframe::M5, Timeframe::M15, Timeframe::H1, Timeframe::H4, Timeframe::D1};
        SymbolAnalyzer analyzer(cl::model::ExchangeId::Binance, kBtc, {});
        int created = 0;
        int advanced = 0;
        std::map<int, qint64> lastByDirection;
        for (const auto &[key, event] : feed(minutes, higher)) {
            SymbolAnalyzer::Update update;
            analyzer.addClosedCandle(event.first, event.second, &update);
            advanced += int(update.changedSignals.size());
            if (event.first == Timeframe::M1)
                continue;
            const qint64 now = key.first;
            const auto states = analyzer.confluenceStates();
            const auto score = ConfluenceScorer::score(states, analyzer.settings());
            if (const auto signal = analyzer.evaluateSignals(now, &update)) {
                ++created;
                QCOMPARE(update.newSignals.size(), size_t(1));
                QVERIFY(score.score >= 3);
                QCOMPARE(signal->direction, *score.direction);
                const auto last = lastByDirection.find(int(signal->direction));
                QVERIFY(last == lastByDirection.end() || signal->createdAt > last->second + 4 * 3'600'000LL);
                lastByDirection[int(signal->direction)] = signal->createdAt;
                QVERIFY(std::find(signal->alignedTimeframes.begin(), signal->alignedTimeframes.end(),
                            Timeframe(Timeframe::H4))
                        != signal->alignedTimeframes.end()
                    || std::find(
                           signal->alignedTimeframes.begin(), signal->alignedTimeframes.end(), Timeframe(Timeframe::D1))
                        != signal->alignedTimeframes.end());
            } else {
                QVERIFY(update.newSignals.empty());
            }
        }
        QVERIFY2(created > 3, qPrintable(QString::number(created)));
        QVERIFY(advanced > 0);
        int finished = 0;
        for (const auto &s : analyzer.signalList())
            finished += cl::model::isFinal(s.status) ? 1 : 0;
        QVERIFY(finished > 0);
        analyzer.dropFinished();
        QVERIFY(analyzer.signalList().size() <= size_t(created));
    }

    void restoredSignalsKeepTheCooldown()
    {
        SymbolAnalyzer analyzer(cl::model::ExchangeId::Binance, kBtc, {});
        cl::model::Signal earlier;
        earlier.direction = cl::model::Direction::Bullish;
        earlier.createdAt = kStart;
        analyzer.restoreSignals({earlier});
        QCOMPARE(analyzer.signalList().size(), size_t(1));
        SymbolAnalyzer::Update update;
        analyzer.markNotified(earlier, kStart + 1, &update);
        QCOMPARE(analyzer.signalList()[0].status, cl::model::SignalStatus::Notified);
        QCOMPARE(update.changedSignals.size(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TstSymbolAnalyzer)
#include "tst_symbolanalyzer.moc"
