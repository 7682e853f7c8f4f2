#include "analysis/atrstream.h"
#include "analysis/confluencescorer.h"
#include "model/manualclock.h"

#include <QTest>

using namespace cl::analysis;
using cl::model::Direction;
using cl::model::Pattern;
using cl::model::PatternType;
using cl::model::Signal;
using cl::model::Timeframe;

Q_DECLARE_METATYPE(Direction)

namespace {

constexpr qint64 kHour = 3'600'000;
const cl::model::Symbol kBtc = *cl::model::Symbol::parse(u"BTC/USDT");

struct Board
{
    std::vector<Pattern> patterns; // owned here; states point into it
    std::vector<ConfluenceScorer::TimeframeState> states;

    // "1h+ 4h+ 1d-": + bullish, - bearish
    explicit Board(const QString &spec, double atr = 0.0)
    {
        const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        patterns.reserve(size_t(items.size()));
        for (const QString &item : items) {
            Pattern p;
            p.timeframe = *Timeframe::parse(item.chopped(1));
            p.direction = item.endsWith(QLatin1Char('+')) ? Direction::Bullish : Direction::Bearish;
            p.zoneLow = 100;
            p.zoneHigh = 105;
            p.detectedAt = 1000;
            patterns.push_back(p);
        }
        for (const Pattern &p : patterns)
            states.push_back({p.timeframe, &p, atr});
    }
};

std::optional<Signal> evaluate(const Board &board, qint64 now, std::optional<qint64> latest = std::nullopt,
    const AnalysisSettings &settings = {}, QString *reason = nullptr)
{
    return ConfluenceScorer::evaluate(
        cl::model::ExchangeId::Binance, kBtc, board.states, now, [&](Direction) { return latest; }, settings, reason);
}

} // namespace

class TstConfluenceScorer : public QObject
{
    Q_OBJECT

private slots:
    // The original's confluence cases.
    void score_data()
    {
        QTest::addColumn<QString>("board");
        QTest::addColumn<int>("direction"); // -1 neutral
        QTest::addColumn<int>("score");
        QTest::newRow("bullish on 1h, 4h, 1d -> bullish 3")
            << QStringLiteral("1h+ 4h+ 1d+") << int(Direction::Bullish) << 3;
        QTest::newRow("four bullish, one bearish -> bullish 4")
            << QStringLiteral("1m+ 5m+ 1h+ 4h+ 1d-") << int(Direction::Bullish) << 4;
        QTest::newRow("a tie -> neutral 0") << QStringLiteral("1m+ 5m+ 1h- 4h-") << -1 << 0;
        QTest::newRow("nothing -> neutral 0") << QString() << -1 << 0;
        QTest::newRow("bearish 3 of 5") << QStringLiteral("1m- 5m- 15m+ 1h+ 4h-") << int(Direction::Bearish) << 3;
        QTest::newRow("non-matrix timeframes do not count")
            << QStringLiteral("3m+ 30m+ 2h+ 1h-") << int(Direction::Bearish) << 1;
    }
    void score()
    {
        QFETCH(QString, board);
        QFETCH(int, direction);
        QFETCH(int, score);
        const Board b(board);
        const auto s = ConfluenceScorer::score(b.states, AnalysisSettings{});
        QCOMPARE(s.direction ? int(*s.direction) : -1, direction);
        QCOMPARE(s.score, score);
    }

    void signalRules_data()
    {
        QTest::addColumn<QString>("board");
        QTest::addColumn<bool>("signal");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1h 4h 1d bullish: signal") << QStringLiteral("1h+ 4h+ 1d+") << true << QString();
        QTest::newRow("only 1m/5m/15m with require_htf: none")
            << QStringLiteral("1m+ 5m+ 15m+") << false << QStringLiteral("higher timeframe");
        QTest::newRow("score 2: none") << QStringLiteral("1h+ 4h+") << false << QStringLiteral("score 2");
        QTest::newRow("tie: none") << QStringLiteral("1h+ 4h+ 1d- 15m-") << false << QStringLiteral("neutral");
        QTest::newRow("1d alone is enough htf") << QStringLiteral("1m- 5m- 1d-") << true << QString();
    }
    void signalRules()
    {
        QFETCH(QString, board);
        QFETCH(bool, signal);
        QFETCH(QString, reason);
        QString why;
        const auto s = evaluate(Board(board), 10 * kHour, std::nullopt, AnalysisSettings{}, &why);
        QCOMPARE(s.has_value(), signal);
        QVERIFY2(reason.isEmpty() || why.contains(reason), qPrintable(why));
    }

    void requireHtfCanBeTurnedOff()
    {
        AnalysisSettings settings;
        settings.requireHtf = false;
        QVERIFY(evaluate(Board(QStringLiteral("1m+ 5m+ 15m+")), kHour, std::nullopt, settings));
    }

    void sourceIsTheHighestAlignedTimeframe()
    {
        // 1h [100, 105], 4h [105, 110], 1d [115, 120] -> entry 120 (the 1d zone's high).
        Board b(QStringLiteral("1h+ 4h+ 1d+"));
        b.patterns[1].zoneLow = 105;
        b.patterns[1].zoneHigh = 110;
        b.patterns[2].zoneLow = 115;
        b.patterns[2].zoneHigh = 120;
        b.patterns[2].type = PatternType::OrderBlock;
        b.patterns[2].detectedAt = 777;
        const auto s = evaluate(b, 10 * kHour);
        QVERIFY(s);
        QCOMPARE(s->entry, 120.0);
        QCOMPARE(s->sourceTimeframe, Timeframe(Timeframe::D1));
        QCOMPARE(s->sourceType, PatternType::OrderBlock);
        QCOMPARE(s->sourceDetectedAt, 777);
        QCOMPARE(s->score, 3);
        QCOMPARE(s->alignedText(), QStringLiteral("1h,4h,1d"));
        QCOMPARE(s->createdAt, 10 * kHour);
        QCOMPARE(s->status, cl::model::SignalStatus::Pending);
        // The bearish 15m is not aligned, so it can never be the source.
        Board mixed(QStringLiteral("15m- 1h+ 4h+ 1d+"));
        QCOMPARE(evaluate(mixed, kHour)->sourceTimeframe, Timeframe(Timeframe::D1));
    }

    // Cooldown of 4 h per symbol and direction, inclusive, with a manual clock.
    void cooldownIsFourHoursInclusive()
    {
        cl::model::ManualClock clock(100 * kHour);
        const Board b(QStringLiteral("1h+ 4h+ 1d+"));
        std::optional<qint64> latest;
        const auto first = evaluate(b, clock.nowMs(), latest);
        QVERIFY(first);
        latest = first->createdAt;
        clock.advanceMs(kHour);
        QString why;
        QVERIFY(!evaluate(b, clock.nowMs(), latest, AnalysisSettings{}, &why)); // a second call within 4 h
        QVERIFY(why.contains(QStringLiteral("cooldown")));
        clock.setNowMs(first->createdAt + 4 * kHour);
        QVERIFY(!evaluate(b, clock.nowMs(), latest)); // exactly 4 h: still inside (inclusive)
        clock.advanceMs(1);
        QVERIFY(evaluate(b, clock.nowMs(), latest));
        // The other direction has its own cooldown.
        const Board bear(QStringLiteral("1h- 4h- 1d-"));
        auto perDirection = [&](Direction d) {
            return d == Direction::Bullish ? std::optional<qint64>(clock.nowMs()) : std::nullopt;
        };
        QVERIFY(ConfluenceScorer::evaluate(
            cl::model::ExchangeId::Binance, kBtc, bear.states, clock.nowMs(), perDirection, AnalysisSettings{}));
    }

    void workedExample()
    {
        // 1h candles O100 H102 L98 C101: ATR(14) = 4.
        AtrStream atr(14);
        for (int i = 0; i < 30; ++i)
            atr.update(102, 98, 101);
        QCOMPARE(atr.value(), 4.0);
        const auto l = ConfluenceScorer::levels(Direction::Bullish, 100, 105, atr.value(), AnalysisSettings{});
        QCOMPARE(l.entry, 105.0);
        QCOMPARE(l.stop, 98.0);
        QCOMPARE(l.risk, 7.0);
        QCOMPARE(l.tp1, 112.0);
        QCOMPARE(l.tp2, 119.0);
        QCOMPARE(l.tp3, 126.0);
        // Through evaluate(): the source's ATR is used.
        Board b(QStringLiteral("1h+ 4h+ 1d+"), 4.0);
        const auto s = evaluate(b, kHour);
        QCOMPARE(s->stop, 98.0);
        QCOMPARE(s->tp3, 126.0);
    }

    void minimumRisk_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("atr");
        QTest::newRow("zone [100, 100.1], ATR 0") << Direction::Bullish << 100.0 << 100.1 << 0.0;
        QTest::newRow("zone [100, 100.1], ATR 4") << Direction::Bullish << 100.0 << 100.1 << 4.0;
        QTest::newRow("short [100, 100.1], ATR 0") << Direction::Bearish << 100.0 << 100.1 << 0.0;
        QTest::newRow("degenerate zone [100, 100]") << Direction::Bullish << 100.0 << 100.0 << 0.0;
    }
    void minimumRisk()
    {
        QFETCH(Direction, direction);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, atr);
        const auto l = ConfluenceScorer::levels(direction, low, high, atr, AnalysisSettings{});
        QVERIFY(l.risk >= l.entry * 0.005 * (1 - 1e-12));
        QCOMPARE(l.entry, direction == Direction::Bullish ? high : low);
        QVERIFY(direction == Direction::Bullish ? l.stop < l.entry : l.stop > l.entry);
        const double sign = direction == Direction::Bullish ? 1 : -1;
        QCOMPARE(l.tp1, l.entry + sign * l.risk);
        QCOMPARE(l.tp2, l.entry + sign * 2 * l.risk);
        QCOMPARE(l.tp3, l.entry + sign * 3 * l.risk);
    }

    void minimumRiskRaisesATightStop()
    {
        AnalysisSettings settings;
        settings.signalMinBufferPct = 0; // buffer from the ATR alone, which is tiny here
        const auto l = ConfluenceScorer::levels(Direction::Bullish, 100, 100.2, 0.01, settings);
        QCOMPARE(l.risk, 100.2 * 0.005);
        QCOMPARE(l.stop, 100.2 - 100.2 * 0.005);
        const auto s = ConfluenceScorer::levels(Direction::Bearish, 100, 100.2, 0.01, settings);
        QCOMPARE(s.risk, 100 * 0.005);
        QCOMPARE(s.stop, 100.5);
    }
};

QTEST_APPLESS_MAIN(TstConfluenceScorer)
#include "tst_confluencescorer.moc"
