#include "candles/livecandlebuilder.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using cl::candles::LiveCandleBuilder;
using cl::market::CandleState;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Trade;

namespace {

constexpr qint64 M = 1'699'999'980'000; // a minute boundary (2023-11-14 22:13 UTC)
constexpr qint64 kMin = 60'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Event
{
    enum Kind { TradeEvent, KlineEvent, RestEvent, TimeEvent } kind = TradeEvent;
    Trade trade;
    Candle candle;
    CandleState state = CandleState::Closed;
    qint64 time = 0;
};
using Script = std::vector<Event>;

Event trd(qint64 ts, double price, double size, const char *id)
{
    Event e;
    e.trade = {ts, price, size, cl::model::TakerSide::Buy, QString::fromLatin1(id)};
    return e;
}
Event kline(Candle c, CandleState state)
{
    Event e;
    e.kind = Event::KlineEvent;
    e.candle = c;
    e.state = state;
    return e;
}
Event rest(Candle c)
{
    Event e;
    e.kind = Event::RestEvent;
    e.candle = c;
    return e;
}
Event at(qint64 ms)
{
    Event e;
    e.kind = Event::TimeEvent;
    e.time = ms;
    return e;
}

constexpr Candle kNone{-1, 0, 0, 0, 0, 0};

} // namespace

Q_DECLARE_METATYPE(Script)

class TstLiveCandleBuilder : public QObject
{
    Q_OBJECT

private slots:
    void script_data()
    {
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<Script>("script");
        QTest::addColumn<CandleSeries>("closed");
        QTest::addColumn<Candle>("forming");
        // late, duplicates, invalid, mismatches
        QTest::addColumn<QList<int>>("counts");

        QTest::newRow("closed by a trade of the next minute")
            << false
            << Script{trd(M + 1000, 100, 1, "1"), trd(M + 2000, 105, 2, "2"), trd(M + 30'000, 99, 1, "3"),
                      trd(M + kMin + 1000, 101, 0.5, "4")}
            << CandleSeries{{M, 100, 105, 99, 99, 4}} << Candle{M + kMin, 101, 101, 101, 101, 0.5}
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("exchange time before end + grace keeps it open")
            << false << Script{trd(M + 1000, 100, 1, "1"), at(M + kMin + 1999)} << CandleSeries{}
            << Candle{M, 100, 100, 100, 100, 1} << QList<int>{0, 0, 0, 0};
        QTest::newRow("closed by exchange time at end + grace")
            << false << Script{trd(M + 1000, 100, 1, "1"), at(M + kMin + 2000)}
            << CandleSeries{{M, 100, 100, 100, 100, 1}} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("out-of-order trades inside the minute count")
            << false
            << Script{trd(M + 30'000, 100, 1, "1"), trd(M + 10'000, 90, 1, "2"), trd(M + 50'000, 110, 1, "3"),
                      trd(M + 40'000, 105, 1, "4"), at(M + 3 * kMin)}
            << CandleSeries{{M, 90, 110, 90, 110, 4}} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("same timestamp: the later arrival closes")
            << false << Script{trd(M + 5000, 100, 1, "1"), trd(M + 5000, 101, 1, "2"), at(M + 3 * kMin)}
            << CandleSeries{{M, 100, 101, 100, 101, 2}} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("duplicate trade ids are ignored")
            << false
            << Script{trd(M + 1000, 100, 1, "a"), trd(M + 2000, 100, 1, "a"), trd(M + 3000, 102, 1, "b"),
                      trd(M + 1000, 100, 1, "a"), at(M + 3 * kMin)}
            << CandleSeries{{M, 100, 102, 100, 102, 2}} << kNone << QList<int>{0, 2, 0, 0};
        QTest::newRow("late trade after a later trade is dropped")
            << false << Script{trd(M + 1000, 100, 1, "1"), trd(M + kMin + 1000, 101, 1, "2"), trd(M + 5000, 50, 9, "3")}
            << CandleSeries{{M, 100, 100, 100, 100, 1}} << Candle{M + kMin, 101, 101, 101, 101, 1}
            << QList<int>{1, 0, 0, 0};
        QTest::newRow("late trade after the grace close is dropped")
            << false << Script{trd(M + 1000, 100, 1, "1"), at(M + kMin + 2000), trd(M + 59'000, 50, 9, "2")}
            << CandleSeries{{M, 100, 100, 100, 100, 1}} << kNone << QList<int>{1, 0, 0, 0};
        QTest::newRow("a minute without trades makes no candle")
            << false << Script{trd(M + 1000, 100, 1, "1"), trd(M + 2 * kMin + 1000, 102, 1, "2"), at(M + 4 * kMin)}
            << CandleSeries{{M, 100, 100, 100, 100, 1}, {M + 2 * kMin, 102, 102, 102, 102, 1}} << kNone
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("NaN, infinite, negative and zero price or size are rejected")
            << false
            << Script{trd(M + 1000, kNaN, 1, "1"), trd(M + 1000, 100, kNaN, "2"), trd(M + 1000, -1, 1, "3"),
                      trd(M + 1000, 0, 1, "4"), trd(M + 1000, 100, 0, "5"), trd(M + 1000, 100, -2, "6"),
                      trd(M + 1000, kInf, 1, "7"), trd(M + 1000, 100, kInf, "8"), trd(M + 2000, 100, 1, "9")}
            << CandleSeries{} << Candle{M, 100, 100, 100, 100, 1} << QList<int>{0, 0, 8, 0};
        QTest::newRow("flagged: a next-minute trade does not close, the closed kline does")
            << true
            << Script{trd(M + 1000, 100, 1, "1"), trd(M + kMin + 100, 101, 1, "2"), trd(M + 59'000, 99, 1, "3"),
                      kline({M, 100, 100, 99, 99, 2}, CandleState::Closed)}
            << CandleSeries{{M, 100, 100, 99, 99, 2}} << Candle{M + kMin, 101, 101, 101, 101, 1}
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("flagged: the exchange kline is the authority on a mismatch")
            << true
            << Script{trd(M + 1000, 100, 1, "1"), kline({M, 100, 101, 99, 100.5, 3}, CandleState::Closed)}
            << CandleSeries{{M, 100, 101, 99, 100.5, 3}} << kNone << QList<int>{0, 0, 0, 1};
        QTest::newRow("flagged: forming klines do not close; time is the fallback")
            << true
            << Script{trd(M + 1000, 100, 1, "1"), kline({M + kMin, 101, 101, 101, 101, 1}, CandleState::Forming),
                      at(M + kMin + 2000)}
            << CandleSeries{{M, 100, 100, 100, 100, 1}} << Candle{M + kMin, 101, 101, 101, 101, 1}
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("flagged: closed kline after the time fallback corrects the minute")
            << true
            << Script{trd(M + 1000, 100, 1, "1"), at(M + kMin + 2000), kline({M, 100, 102, 100, 102, 2}, CandleState::Closed),
                      kline({M, 100, 102, 100, 102, 2}, CandleState::Closed)}
            << CandleSeries{{M, 100, 100, 100, 100, 1}, {M, 100, 102, 100, 102, 2}} << kNone
            << QList<int>{0, 0, 0, 1};
        QTest::newRow("unflagged klines close by the next interval")
            << false
            << Script{kline({M, 100, 101, 99, 100, 5}, CandleState::Unflagged),
                      kline({M + kMin, 100, 100, 100, 100, 1}, CandleState::Unflagged)}
            << CandleSeries{{M, 100, 101, 99, 100, 5}} << Candle{M + kMin, 100, 100, 100, 100, 1}
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("a zero-volume closed kline is the exchange's authority")
            << true << Script{kline({M, 100, 100, 100, 100, 0}, CandleState::Closed)}
            << CandleSeries{{M, 100, 100, 100, 100, 0}} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("a zero-volume unflagged snapshot makes no candle")
            << false
            << Script{kline({M, 100, 100, 100, 100, 0}, CandleState::Unflagged), at(M + 3 * kMin)}
            << CandleSeries{} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("an inconsistent kline is rejected")
            << true
            << Script{kline({M, 100, 99, 101, 100, 1}, CandleState::Closed), kline({M + 1, 100, 100, 100, 100, 1}, CandleState::Closed),
                      kline({M, kNaN, 100, 100, 100, 1}, CandleState::Closed), kline({M, 100, 100, 100, 100, -1}, CandleState::Closed)}
            << CandleSeries{} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("REST backfill identical to the closed minute is not duplicated")
            << false << Script{trd(M + 1000, 100, 1, "1"), at(M + 3 * kMin), rest({M, 100, 100, 100, 100, 1})}
            << CandleSeries{{M, 100, 100, 100, 100, 1}} << kNone << QList<int>{0, 0, 0, 0};
        QTest::newRow("REST backfill of older minutes and of the open minute")
            << false
            << Script{trd(M + 1000, 100, 1, "1"), rest({M - 2 * kMin, 90, 91, 89, 90, 7}), rest({M, 100, 100, 99, 99, 2}),
                      trd(M + 2000, 50, 1, "2")}
            << CandleSeries{{M - 2 * kMin, 90, 91, 89, 90, 7}, {M, 100, 100, 99, 99, 2}} << kNone
            << QList<int>{1, 0, 0, 1};
    }

    void script()
    {
        QFETCH(bool, flagged);
        QFETCH(Script, script);
        QFETCH(CandleSeries, closed);
        QFETCH(Candle, forming);
        QFETCH(QList<int>, counts);

        LiveCandleBuilder::Options options;
        options.graceMs = 2000;
        options.exchangeFlag = flagged;
        LiveCandleBuilder builder(options);
        CandleSeries out;
        for (const Event &e : script) {
            switch (e.kind) {
            case Event::TradeEvent: builder.addTrade(e.trade, out); break;
            case Event::KlineEvent: builder.addExchangeCandle(e.candle, e.state, out); break;
            case Event::RestEvent: builder.addClosedCandle(e.candle, out); break;
            case Event::TimeEvent: builder.advanceTime(e.time, out); break;
            }
        }
        QCOMPARE(out, closed);
        const Candle *f = builder.forming();
        QCOMPARE(f ? *f : kNone, forming);
        const LiveCandleBuilder::Counters &c = builder.counters();
        QCOMPARE(int(c.late), counts[0]);
        QCOMPARE(int(c.duplicates), counts[1]);
        QCOMPARE(int(c.invalid), counts[2]);
        QCOMPARE(int(c.mismatches), counts[3]);
    }

    // The first minute a builder sees began before its first trade: the exchange's candle replacing it is
    // expected and logged quietly. A later mismatch is a real disagreement and a warning.
    void onlyALaterMismatchIsAWarning()
    {
        LiveCandleBuilder::Options options;
        options.graceMs = 2000;
        options.exchangeFlag = true;
        LiveCandleBuilder builder(options);
        CandleSeries out;
        QTest::failOnWarning(QRegularExpression(QStringLiteral("differs from")));
        builder.addTrade(trd(M + 30'000, 100, 1, "1").trade, out);
        builder.addExchangeCandle({M, 99, 101, 98, 100, 5}, CandleState::Closed, out);
        QCOMPARE(int(builder.counters().mismatches), 1);

        builder.addTrade(trd(M + kMin + 1000, 100, 1, "2").trade, out);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("differs from the trade-built candle")));
        builder.addExchangeCandle({M + kMin, 99, 101, 98, 100, 5}, CandleState::Closed, out);
        QCOMPARE(int(builder.counters().mismatches), 2);
        QCOMPARE(out.size(), size_t(2));
    }

    void duplicateMemoryIsBounded()
    {
        LiveCandleBuilder::Options options;
        options.recentTradeIds = 8;
        LiveCandleBuilder builder(options);
        CandleSeries out;
        for (int i = 0; i < 20; ++i)
            builder.addTrade({M + 1000 + i, 100, 1, cl::model::TakerSide::Buy, QString::number(i)}, out);
        // The last 8 ids are remembered, older ones are forgotten (fixed memory).
        QCOMPARE(builder.addTrade({M + 2000, 100, 1, cl::model::TakerSide::Buy, QStringLiteral("19")}, out),
                 LiveCandleBuilder::TradeOutcome::Duplicate);
        QCOMPARE(builder.addTrade({M + 2000, 100, 1, cl::model::TakerSide::Buy, QStringLiteral("12")}, out),
                 LiveCandleBuilder::TradeOutcome::Duplicate);
        QCOMPARE(builder.addTrade({M + 2000, 100, 1, cl::model::TakerSide::Buy, QStringLiteral("3")}, out),
                 LiveCandleBuilder::TradeOutcome::Accepted);
        // Trades without an id cannot be told apart: all count.
        QCOMPARE(builder.addTrade({M + 2000, 100, 1, cl::model::TakerSide::Buy, QString()}, out),
                 LiveCandleBuilder::TradeOutcome::Accepted);
        QCOMPARE(builder.addTrade({M + 2000, 100, 1, cl::model::TakerSide::Buy, QString()}, out),
                 LiveCandleBuilder::TradeOutcome::Accepted);
    }

    void manyTradesMatchTheirMinutes()
    {
        // A long tape: every closed candle equals the obvious fold of its trades.
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> price(90, 110);
        LiveCandleBuilder builder;
        CandleSeries out;
        CandleSeries expected;
        qint64 ts = M;
        for (int i = 0; i < 20'000; ++i) {
            ts += qint64(rng() % 3000);
            const double p = price(rng);
            const qint64 minute = ts - ts % kMin;
            if (expected.empty() || expected.back().openTime != minute)
                expected.push_back({minute, p, p, p, p, 0});
            Candle &c = expected.back();
            c.high = std::max(c.high, p);
            c.low = std::min(c.low, p);
            c.close = p;
            c.volume += 1;
            builder.addTrade({ts, p, 1, cl::model::TakerSide::Sell, QString::number(i)}, out);
        }
        builder.advanceTime(ts + 10 * kMin, out);
        QCOMPARE(out, expected);
    }
};

QTEST_GUILESS_MAIN(TstLiveCandleBuilder)
#include "tst_livecandlebuilder.moc"
