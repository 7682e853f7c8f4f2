#include "loopbackservers.h"
#include "market/binanceadapter.h"
#include "market/feedconnection.h"
#include "model/manualclock.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cl;
using market::FeedConnection;
using market::FeedState;

namespace {

// 2026-06-01T00:00:00Z: fixed, so no test depends on the machine's clock.
constexpr qint64 kT0 = 1'780'272'000'000LL;

struct Harness
{
    explicit Harness(const QString &url)
        : clock(kT0), adapter(clock)
    {
        adapter.setWebSocketBaseUrl(url);
        FeedConnection::Options options;
        options.tickMs = 5;
        connection = std::make_unique<FeedConnection>(adapter, adapter.endpoints().front(), clock, options);
        QObject::connect(connection.get(), &FeedConnection::frameParsed, connection.get(),
                         [this](const market::ParsedFrame &frame) { trades += int(frame.trades().size()); },
                         Qt::DirectConnection);
        QObject::connect(connection.get(), &FeedConnection::stateChanged, connection.get(),
                         [this](FeedState state) { states.append(state); });
        connection->setSymbols({*model::Symbol::parse(QStringLiteral("BTC/USDT"))});
    }

    // Lets the connection's tick see a clock step.
    void advance(qint64 ms)
    {
        clock.advanceMs(ms);
        QTest::qWait(30);
    }

    model::ManualClock clock;
    market::BinanceAdapter adapter;
    std::unique_ptr<FeedConnection> connection;
    int trades = 0;
    QList<FeedState> states;
};

} // namespace

class TestFeedConnection : public QObject
{
    Q_OBJECT

private slots:
    void subscribesAndGoesLive()
    {
        test::StubWebSocketServer server;
        Harness h(server.url());
        h.connection->start();
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        QCOMPARE(server.received().size(), 1);
        QVERIFY(server.received().first().contains(QLatin1String("btcusdt@trade")));
        QVERIFY(server.received().first().contains(QLatin1String("btcusdt@kline_1m")));
        server.sendToAll(test::binanceTrade(1, kT0));
        server.sendToAll(test::binanceTrade(2, kT0 + 5));
        QTRY_COMPARE(h.trades, 2);
        QCOMPARE(h.connection->status().state, FeedState::Live);
        QCOMPARE(h.connection->status().reconnects, 0);
        QCOMPARE(h.connection->status().symbols, 1);
        h.advance(1'500);
        QCOMPARE(h.connection->status().lastMessageAgeMs, qint64(1'500));
        QCOMPARE(h.states.first(), FeedState::Connecting);
        h.connection->stop();
        QTRY_COMPARE(h.connection->state(), FeedState::Stopped);
        QTRY_COMPARE(server.open(), 0);
    }

    void unexpectedCloseReconnects()
    {
        test::StubWebSocketServer server;
        Harness h(server.url());
        h.connection->start();
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        server.abortAll();
        QTRY_COMPARE(h.connection->state(), FeedState::Backoff);
        QCOMPARE(h.connection->reconnects(), 1);
        h.advance(1'001); // the first backoff is at most 1 s
        QTRY_COMPARE(server.accepted(), 2);
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        server.sendToAll(test::binanceTrade(7, kT0));
        QTRY_COMPARE(h.trades, 1);
        // Again and again: the feed never gives up.
        for (int round = 0; round < 3; ++round) {
            server.abortAll();
            QTRY_COMPARE(h.connection->state(), FeedState::Backoff);
            h.advance(1'001); // backoff was reset by the healthy connection
            QTRY_COMPARE(h.connection->state(), FeedState::Live);
        }
        QCOMPARE(h.connection->reconnects(), 4);
        QCOMPARE(server.accepted(), 5);
    }

    void stalledConnectionIsDetectedAndReplaced()
    {
        test::StallingWebSocketServer server("{\"result\":null,\"id\":1}");
        Harness h(server.url());
        h.connection->start();
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        // Binance: idle ping after 20 s of silence, idle budget 60 s, then 10 s for anything to arrive.
        h.advance(20'000);
        h.advance(40'000);
        QCOMPARE(h.connection->state(), FeedState::Live); // pinged, not yet given up
        h.advance(10'000);
        QTRY_VERIFY(h.connection->state() == FeedState::Draining || h.connection->state() == FeedState::Backoff);
        if (h.connection->state() == FeedState::Draining)
            h.advance(5'000); // the silent server never answers the close frame either
        QTRY_COMPARE(h.connection->state(), FeedState::Backoff);
        QCOMPARE(server.accepted(), 1);
        QVERIFY(h.connection->status().detail.contains(QLatin1String("stalled")));
        h.advance(1'001);
        QTRY_COMPARE(server.accepted(), 2);
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
    }

    void plannedReconnectOnServerShutdown()
    {
        test::StubWebSocketServer server;
        Harness h(server.url());
        QSignalSpy lines(h.connection.get(), &FeedConnection::logLine);
        h.connection->start();
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        h.states.clear();
        server.sendToAll("{\"e\":\"serverShutdown\",\"E\":" + QByteArray::number(kT0) + "}");
        // No clock step: a planned reconnect does not wait in Backoff.
        QTRY_COMPARE(server.accepted(), 2);
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        QVERIFY(!h.states.contains(FeedState::Backoff));
        QVERIFY(h.states.contains(FeedState::Draining));
        QCOMPARE(h.connection->reconnects(), 1);
        bool logged = false;
        for (const QList<QVariant> &line : lines)
            logged = logged || line.first().toString().contains(QLatin1String("planned reconnect"));
        QVERIFY(logged);
    }

    void plannedReconnectBeforeTheLifetimeEnds()
    {
        test::StubWebSocketServer server;
        Harness h(server.url());
        h.connection->start();
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        h.states.clear();
        h.advance(24 * 3'600'000LL - 11 * 60'000); // 11 min before Binance's 24 h cut: not yet
        QCOMPARE(server.accepted(), 1);
        // Keep it busy so only the lifetime can end it.
        server.sendToAll(test::binanceTrade(1, kT0 + 24 * 3'600'000LL - 11 * 60'000));
        QTRY_COMPARE(h.trades, 1);
        h.advance(2 * 60'000);
        QTRY_COMPARE(server.accepted(), 2);
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        QVERIFY(!h.states.contains(FeedState::Backoff));
    }

    void badFramesAreCountedAndTheFeedContinues()
    {
        test::StubWebSocketServer server;
        Harness h(server.url());
        QSignalSpy lines(h.connection.get(), &FeedConnection::logLine);
        h.connection->start();
        QTRY_COMPARE(h.connection->state(), FeedState::Live);
        QByteArray huge = "{\"e\":\"trade\",\"pad\":\"";
        huge.append(QByteArray(10 * 1024 * 1024, 'x'));
        huge.append("\"}");
        const QList<QByteArray> bad = {
            "{\"e\":\"trade\",\"E\":1780272000000,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1", // truncated
            "not json at all",                                                      // malformed
            huge,                                                                   // 10 MB
            test::binanceTrade(2, kT0, "NaN"),                                      // NaN price
            test::binanceTrade(3, kT0, "-1.5"),                                     // negative price
            test::binanceTrade(4, kT0 + 24 * 3'600'000LL),                         // a day in the future
            test::binanceTrade(5, 1'000'000'000'000LL),                            // 2001: before 2009
        };
        for (const QByteArray &frame : bad)
            server.sendToAll(frame);
        server.sendToAll(test::binanceTrade(6, kT0));
        QTRY_COMPARE_WITH_TIMEOUT(h.trades, 1, 15'000);
        QCOMPARE(h.connection->badFrames(), quint64(bad.size()));
        QCOMPARE(h.connection->state(), FeedState::Live);
        QCOMPARE(server.accepted(), 1);
        // Logged once per kind per minute, naming the exchange and the frame number.
        int badLines = 0;
        for (const QList<QVariant> &line : lines) {
            const QString text = line.first().toString();
            if (text.contains(QLatin1String("bad frame"))) {
                ++badLines;
                QVERIFY2(text.contains(QLatin1String("binance frame")), qPrintable(text));
            }
        }
        QVERIFY(badLines >= 3 && badLines <= bad.size());
        // The same kind again within the minute: counted, not logged.
        const int before = int(lines.size());
        server.sendToAll("still not json");
        QTRY_COMPARE(h.connection->badFrames(), quint64(bad.size() + 1));
        QCOMPARE(int(lines.size()), before);
        h.advance(61'000);
        server.sendToAll("not json, a minute later");
        QTRY_COMPARE(int(lines.size()), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedConnection)
#include "tst_feedconnection.moc"
