#pragma once

#include "model/candle.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QString>

#include <memory>
#include <vector>

class QTcpServer;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace cl::market {

class SimulatedMarket;
struct HttpRequest;
struct SimEvent;

// A local exchange on 127.0.0.1 (issue 3 "Local exchange"): one port serves both WebSocket and HTTP REST.
// A QTcpServer accepts every connection and peeks at the request without consuming it: an HTTP Upgrade to
// websocket is handed, unread, to a QWebSocketServer (handleConnection); anything else is answered as
// HTTP/1.1 by the server itself (keep-alive, Content-Length bodies).
//
// Simulate mode: a SimulatedMarket (deterministic from the seed) on Binance's protocol: /ws, /ws/<streams>,
// /stream?streams=a/b, SUBSCRIBE / UNSUBSCRIBE / LIST_SUBSCRIPTIONS, <sym>@trade and <sym>@kline_1m frames,
// WebSocket PING frames, GET /api/v3/ping, /api/v3/time, /api/v3/exchangeInfo, /api/v3/klines.
// Replay mode: after the client's first subscribe, the recorded frames of a tape in order, answering the
// exchange's pings the way it does (ReplayProtocol), and KuCoin's POST /api/v1/bullet-public token.
//
// Time: the simulated clock runs speed times faster than the injected Clock from the moment start() is
// called. Every fault schedule is measured on the injected Clock too, so tests drive them with a
// ManualClock and pump(). Lives on the thread that created it.
class ReplayServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode : quint8 { Simulate, Replay };
    static constexpr qint64 kMaxBufferedBytes = 64 * 1024 * 1024;

    struct Options
    {
        // Binance and Sim speak Binance's protocol in Simulate mode; Replay works for all six exchanges.
        model::ExchangeId exchange = model::ExchangeId::Binance;
        Mode mode = Mode::Simulate;

        // --- simulate ---
        std::vector<model::Symbol> symbols;
        quint64 seed = 1;
        double speed = 1.0;           // simulated ms per clock ms
        // Simulated time at start(); -1 = the clock's now. With speed > 1 the simulated clock runs ahead of
        // the client's; starting it in the past (now - duration * speed) keeps a whole run out of the future.
        qint64 simulatedStartMs = -1;
        double tradesPerSecond = 5.0; // per symbol, simulated time
        int historyMinutes = 1440;    // 1m candles before the start, for backfill

        // --- replay ---
        QList<QByteArray> frames; // the tape; empty = read framesFile
        QString framesFile;
        // More tapes for WebSocket paths of their own (OKX: candles on /ws/v5/business, trades on
        // /ws/v5/public): path -> frames file. Connections on other paths get the tape above.
        QList<QPair<QString, QString>> pathFramesFiles;
        int replayIntervalMs = 0; // clock ms between replayed frames; 0 = all at once

        // --- faults (0 = off) ---
        int disconnectEveryMs = 0; // abort every WebSocket connection on this schedule (clock ms)
        int pingIntervalMs = 20'000; // WebSocket PING control frames, as Binance does every 20 s
        int stallAfterMs = 0;      // a connection this old stops sending anything (socket stays open)
        int malformedEvery = 0;    // after every N data frames, one truncated (malformed) frame

        int tickMs = 10;                     // how often the pump runs (real timer)
        const model::Clock *clock = nullptr; // default: the system clock
    };

    struct Stats
    {
        quint64 webSocketsAccepted = 0;
        quint64 webSocketsDropped = 0; // by the disconnect schedule
        quint64 slowClientsDropped = 0; // more than kMaxBufferedBytes waiting to be written
        quint64 framesSent = 0;
        quint64 malformedSent = 0;
        quint64 pingsSent = 0;
        quint64 httpRequests = 0;
        quint64 httpErrors = 0; // answered with a 4xx
    };

    explicit ReplayServer(Options options, QObject *parent = nullptr);
    ~ReplayServer() override;

    // Listens on 127.0.0.1:port (0 = a free port). False with errorString() on failure (bad options too).
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    QString webSocketUrl() const; // ws://127.0.0.1:PORT/ws
    QString httpUrl() const;      // http://127.0.0.1:PORT
    // The line the CLI prints first: "listening ws://127.0.0.1:PORT/ws http://127.0.0.1:PORT".
    QString listeningLine() const;

    // --- truth (simulate mode) ---
    // The simulator's closed 1m candles of a symbol (history, then the minutes built from its trades).
    model::CandleSeries closedCandles(const model::Symbol &symbol) const;
    const SimulatedMarket *market() const { return m_market.get(); }
    qint64 simulatedNowMs() const;

    // Runs the market and the fault schedules up to the clock's now (the timer does this every tickMs).
    void pump();
    int connectionCount() const;
    const Stats &stats() const { return m_stats; }

signals:
    void clientConnected(const QString &path);
    void clientDisconnected();

private:
    struct Session;

    void onNewTcpConnection();
    void onTcpReadyRead(QTcpSocket *socket);
    void onNewWebSocket();
    void answerHttp(QTcpSocket *socket, const HttpRequest &request);
    QByteArray restBody(const HttpRequest &request, const QByteArray &host, int *status);
    QByteArray binanceKlines(const HttpRequest &request, int *status);

    void openSession(QWebSocket *socket);
    void onClientText(Session &session, const QString &message);
    void handleBinanceCommand(Session &session, const QByteArray &frame);
    void replayNext(Session &session);
    void recountSubscribers();
    void dispatch(const SimEvent &event);
    void send(Session &session, const QByteArray &frame, bool data = true);
    void runFaults(qint64 nowMs);
    Session *sessionOf(QWebSocket *socket);

    Options m_options;
    std::unique_ptr<model::Clock> m_ownClock;
    const model::Clock *m_clock = nullptr;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_webSockets = nullptr;
    QTimer *m_timer = nullptr;
    std::unique_ptr<SimulatedMarket> m_market;
    std::vector<std::unique_ptr<Session>> m_sessions;
    QList<QPair<QString, QList<QByteArray>>> m_pathTapes;
    QList<QPointer<QTcpSocket>> m_upgrading; // handed to the QWebSocketServer, handshake not done yet
    std::vector<QByteArray> m_tradeStreams; // per symbol: "btcusdt@trade"
    std::vector<QByteArray> m_klineStreams; // per symbol: "btcusdt@kline_1m"
    std::vector<int> m_streamSubscribers;   // per symbol * 2 (trade, kline): sessions subscribed
    QString m_error;
    qint64 m_clockStartMs = 0;
    qint64 m_simStartMs = 0;
    qint64 m_nextDisconnectMs = 0;
    Stats m_stats;
};

} // namespace cl::market
