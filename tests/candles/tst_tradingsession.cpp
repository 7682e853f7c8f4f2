#include "candles/highertimeframeroller.h"
#include "candles/livecandlebuilder.h"
#include "candles/tradingsession.h"

#include <QDateTime>
#include <QTest>

using cl::candles::HigherTimeframeRoller;
using cl::candles::LiveCandleBuilder;
using cl::candles::TradingSession;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Timeframe;

namespace {
constexpr qint64 kMin = 60'000;

qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch();
}

// A New York equity session: 09:30-16:00 Monday to Friday, one holiday.
TradingSession newYork()
{
    std::array<std::optional<TradingSession::Hours>, 7> days{};
    for (int d = 0; d < 5; ++d)
        days[size_t(d)] = TradingSession::Hours{9 * 60 + 30, 16 * 60};
    return TradingSession(QTimeZone(QByteArrayLiteral("America/New_York")), days, {QDate(2024, 3, 13)});
}
} // namespace

class TstTradingSession : public QObject
{
    Q_OBJECT

private slots:
    void sessionTimes_data()
    {
        QTest::addColumn<qint64>("ts");
        QTest::addColumn<bool>("open");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        // US DST started on Sunday 2024-03-10: 09:30 New York is 14:30 UTC before, 13:30 UTC after.
        QTest::newRow("Friday before DST, at the open")
            << utc("2024-03-08T14:30:00Z") << true << utc("2024-03-08T14:30:00Z") << utc("2024-03-08T21:00:00Z");
        QTest::newRow("Friday before DST, one minute before the open") << utc("2024-03-08T14:29:00Z") << false << 0LL << 0LL;
        QTest::newRow("Friday, the close is exclusive") << utc("2024-03-08T21:00:00Z") << false << 0LL << 0LL;
        QTest::newRow("Saturday") << utc("2024-03-09T15:00:00Z") << false << 0LL << 0LL;
        QTest::newRow("Monday after DST, at the open")
            << utc("2024-03-11T13:30:00Z") << true << utc("2024-03-11T13:30:00Z") << utc("2024-03-11T20:00:00Z");
        QTest::newRow("Monday after DST, 14:29 UTC is in session")
            << utc("2024-03-11T14:29:00Z") << true << utc("2024-03-11T13:30:00Z") << utc("2024-03-11T20:00:00Z");
        QTest::newRow("Monday after DST, 20:30 UTC is after the close") << utc("2024-03-11T20:30:00Z") << false << 0LL << 0LL;
        QTest::newRow("holiday") << utc("2024-03-13T15:00:00Z") << false << 0LL << 0LL;
    }

    void sessionTimes()
    {
        QFETCH(qint64, ts);
        QFETCH(bool, open);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        const TradingSession session = newYork();
        QCOMPARE(session.isOpen(ts), open);
        const auto s = session.sessionAt(ts);
        QCOMPARE(s.has_value(), open);
        if (s) {
            QCOMPARE(s->startMs, start);
            QCOMPARE(s->endMs, end);
        }
    }

    void barCuts_data()
    {
        QTest::addColumn<Timeframe>("timeframe");
        QTest::addColumn<qint64>("ts");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::newRow("1h: the first bar starts at the open")
            << Timeframe(Timeframe::H1) << utc("2024-03-08T15:10:00Z") << utc("2024-03-08T14:30:00Z")
            << utc("2024-03-08T15:30:00Z");
        QTest::newRow("1h: the last bar is cut at the close")
            << Timeframe(Timeframe::H1) << utc("2024-03-08T20:45:00Z") << utc("2024-03-08T20:30:00Z")
            << utc("2024-03-08T21:00:00Z");
        QTest::newRow("1h after DST follows the local open")
            << Timeframe(Timeframe::H1) << utc("2024-03-11T13:45:00Z") << utc("2024-03-11T13:30:00Z")
            << utc("2024-03-11T14:30:00Z");
        QTest::newRow("4h: second bar cut at the close")
            << Timeframe(Timeframe::H4) << utc("2024-03-08T19:00:00Z") << utc("2024-03-08T18:30:00Z")
            << utc("2024-03-08T21:00:00Z");
        QTest::newRow("1d is the session")
            << Timeframe(Timeframe::D1) << utc("2024-03-11T19:59:00Z") << utc("2024-03-11T13:30:00Z")
            << utc("2024-03-11T20:00:00Z");
        QTest::newRow("1w across the holiday: Monday open to Friday close")
            << Timeframe(Timeframe::W1) << utc("2024-03-12T15:00:00Z") << utc("2024-03-11T13:30:00Z")
            << utc("2024-03-15T20:00:00Z");
    }

    void barCuts()
    {
        QFETCH(Timeframe, timeframe);
        QFETCH(qint64, ts);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        const auto bar = newYork().barAt(timeframe, ts);
        QVERIFY(bar.has_value());
        QCOMPARE(bar->startMs, start);
        QCOMPARE(bar->endMs, end);
    }

    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("valid") << QByteArray("{\"timeZone\":\"America/New_York\",\"hours\":{\"mon\":\"09:30-16:00\",\"tue\":\"09:30-16:00\",\"wed\":\"09:30-16:00\",\"thu\":\"09:30-16:00\",\"fri\":\"09:30-16:00\",\"sat\":null},\"holidays\":[\"2024-03-13\"]}")
                               << QString();
        QTest::newRow("empty is 24/7") << QByteArray() << QString();
        QTest::newRow("null is 24/7") << QByteArray("null") << QString();
        QTest::newRow("closing at midnight") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"sun\":\"22:00-24:00\"}}") << QString();
        QTest::newRow("truncated") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"mon\":\"09:3")
                                   << QStringLiteral("session: not a JSON object");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("session: not a JSON object");
        QTest::newRow("unknown zone") << QByteArray("{\"timeZone\":\"Mars/Olympus\",\"hours\":{}}")
                                      << QStringLiteral("session.timeZone: unknown time zone");
        QTest::newRow("unknown field") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{},\"tz\":1}")
                                       << QStringLiteral("session: unknown field \"tz\"");
        QTest::newRow("unknown day") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"monday\":\"09:00-10:00\"}}")
                                     << QStringLiteral("session.hours: unknown day");
        QTest::newRow("close before open") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"mon\":\"16:00-09:30\"}}")
                                           << QStringLiteral("session.hours.mon:");
        QTest::newRow("bad clock") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"mon\":\"9:30-16:00\"}}")
                                   << QStringLiteral("session.hours.mon:");
        QTest::newRow("minute 60") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"mon\":\"09:60-16:00\"}}")
                                   << QStringLiteral("session.hours.mon:");
        QTest::newRow("24:30") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"mon\":\"09:00-24:30\"}}")
                               << QStringLiteral("session.hours.mon:");
        QTest::newRow("number instead of text") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{\"mon\":930}}")
                                                << QStringLiteral("session.hours.mon:");
        QTest::newRow("bad holiday") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{},\"holidays\":[\"2024-02-30\"]}")
                                     << QStringLiteral("session.holidays[0]");
        QTest::newRow("holidays not an array") << QByteArray("{\"timeZone\":\"UTC\",\"hours\":{},\"holidays\":\"2024-01-01\"}")
                                               << QStringLiteral("session.holidays: not an array");
        QTest::newRow("hours missing") << QByteArray("{\"timeZone\":\"UTC\"}") << QStringLiteral("session.hours");
        QByteArray huge = "{\"timeZone\":\"UTC\",\"hours\":{},\"holidays\":[";
        for (int i = 0; i < 100'000; ++i)
            huge += "\"2024-01-01\",";
        huge += "\"x\"]}";
        QTest::newRow("huge holiday list with a bad last entry") << huge << QStringLiteral("session.holidays[100000]");
    }

    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        const auto session = TradingSession::fromJson(json, &why);
        if (error.isEmpty()) {
            QVERIFY2(session.has_value(), qPrintable(why));
            // Round trip.
            const auto again = TradingSession::fromJson(session->toJson(), &why);
            QVERIFY2(again.has_value(), qPrintable(why));
            QCOMPARE(again->toJson(), session->toJson());
        } else {
            QVERIFY(!session.has_value());
            QVERIFY2(why.startsWith(error), qPrintable(why));
        }
    }

    void jsonSessionBehavesLikeTheBuiltOne()
    {
        const auto parsed = TradingSession::fromJson(newYork().toJson());
        QVERIFY(parsed.has_value());
        for (qint64 t = utc("2024-03-07T00:00:00Z"); t < utc("2024-03-16T00:00:00Z"); t += 15 * kMin)
            QCOMPARE(parsed->barAt(Timeframe::H1, t), newYork().barAt(Timeframe::H1, t));
    }

    void alwaysOpenHasNoEffect()
    {
        const TradingSession crypto;
        QVERIFY(crypto.isAlwaysOpen());
        const qint64 ts = utc("2024-03-09T03:17:00Z");
        QVERIFY(crypto.isOpen(ts));
        const auto bar = crypto.barAt(Timeframe::H4, ts);
        QCOMPARE(bar->startMs, utc("2024-03-09T00:00:00Z"));
        QCOMPARE(bar->endMs, utc("2024-03-09T04:00:00Z"));
    }

    void nextSessionSkipsWeekendAndHoliday()
    {
        const TradingSession session = newYork();
        QCOMPARE(session.nextSession(utc("2024-03-08T21:00:00Z"))->startMs, utc("2024-03-11T13:30:00Z"));
        QCOMPARE(session.nextSession(utc("2024-03-12T21:00:00Z"))->startMs, utc("2024-03-14T13:30:00Z"));
    }

    void builderDropsTradesOutsideTheSession()
    {
        LiveCandleBuilder::Options options;
        options.session = newYork();
        LiveCandleBuilder builder(options);
        CandleSeries closed;
        const qint64 open = utc("2024-03-11T13:30:00Z");
        QCOMPARE(builder.addTrade({open - 1000, 100, 1, {}, QStringLiteral("pre")}, closed),
                 LiveCandleBuilder::TradeOutcome::OutsideSession);
        QCOMPARE(builder.addTrade({open + 1000, 100, 1, {}, QStringLiteral("a")}, closed),
                 LiveCandleBuilder::TradeOutcome::Accepted);
        QCOMPARE(builder.counters().outsideSession, quint64(1));
    }

    // A full trading day plus the DST weekend: 1h bars open at each session's open, the last one is cut.
    void rollerFollowsTheSession()
    {
        const TradingSession session = newYork();
        HigherTimeframeRoller roller(session, {Timeframe::H1, Timeframe::D1});
        std::vector<HigherTimeframeRoller::Bar> bars;
        int added = 0;
        for (qint64 t = utc("2024-03-08T00:00:00Z"); t < utc("2024-03-12T00:00:00Z"); t += kMin) {
            if (roller.add({t, 10, 11, 9, 10, 1}, bars))
                ++added;
        }
        roller.advance(utc("2024-03-12T00:00:00Z"), bars);
        QCOMPARE(added, 2 * 390); // two sessions of 6.5 h; the weekend adds nothing
        std::vector<qint64> hourly;
        std::vector<qint64> hourlyEnds;
        std::vector<HigherTimeframeRoller::Bar> daily;
        for (const auto &bar : bars) {
            if (bar.timeframe == Timeframe::H1) {
                hourly.push_back(bar.candle.openTime);
                hourlyEnds.push_back(bar.endMs);
            } else {
                daily.push_back(bar);
            }
        }
        QCOMPARE(hourly.size(), size_t(14));
        QCOMPARE(hourly.front(), utc("2024-03-08T14:30:00Z"));
        QCOMPARE(hourly[6], utc("2024-03-08T20:30:00Z"));
        QCOMPARE(hourlyEnds[6], utc("2024-03-08T21:00:00Z"));
        QCOMPARE(hourly[7], utc("2024-03-11T13:30:00Z"));
        QCOMPARE(hourlyEnds.back(), utc("2024-03-11T20:00:00Z"));
        QCOMPARE(daily.size(), size_t(2));
        QCOMPARE(daily[1].candle.openTime, utc("2024-03-11T13:30:00Z"));
        QCOMPARE(daily[1].candle.volume, 390.0);
    }
};

QTEST_GUILESS_MAIN(TstTradingSession)
#include "tst_tradingsession.moc"
