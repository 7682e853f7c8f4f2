#pragma once

#include "adaptertypes.h"
#include "connectionbudget.h"
#include "exchangeadapter.h"
#include "marketevents.h"
#include "reconnectbackoff.h"

#include <QAbstractSocket>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>
#include <deque>
#include <memory>

class QNetworkReply;
class QTimer;
class QWebSocket;

namespace cl::market {

// One WebSocket connection of one exchange endpoint, kept alive forever (spec/feeds.md, connection state
// machine): Connecting (KuCoin: a fresh token first) -> the exchange's welcome/status where it sends one ->
// Subscribing (frames spaced by minMessageIntervalMs) -> Live -> Draining, and Backoff between attempts.
//
// Liveness is any inbound frame, heartbeats and pongs included. After the adapter's idle budget without one,
// it pings; when the ping brings nothing either, it reconnects. Planned reconnects happen before the
// exchange's connection lifetime ends, on a ReconnectNotice and before a connect token expires; every other
// close reconnects after a backoff, inside the exchange's connection budget. The feed never stops by itself.
//
// Bad frames are counted and logged once per kind per minute; they never stop the connection. Time comes
// from the injected clock; the tick timer only decides when to look at it. Lives on one thread (create it
// there, or moveToThread before start()); its socket and timers are created in start(). TLS is always
// verified: ssl errors are reported and the attempt fails.
class FeedConnection : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int tickMs = 250;                       // how often timers look at the clock
        qint64 pingTimeoutMs = 10'000;          // after the idle ping, how long to wait for any frame
        qint64 welcomeTimeoutMs = 10'000;       // KuCoin welcome / Kraken status
        qint64 subscribeTimeoutMs = 15'000;     // acks or data after the last subscribe frame
        qint64 lifetimeMarginMs = 10 * 60'000;  // reconnect this long before the exchange's cut
        qint64 tokenLifetimeMs = 23 * 3'600'000LL; // KuCoin tokens live ~24 h
        qint64 badFrameLogIntervalMs = 60'000;
        quint64 seed = 0x5eed'f00dULL;          // backoff jitter
        ReconnectBackoff::Options backoff;
        qint64 maxIncomingFrameBytes = 64 * 1024 * 1024; // above: Qt closes with 1009; below: the adapter rejects
    };

    FeedConnection(ExchangeAdapter &adapter, Endpoint endpoint, const model::Clock &clock, Options options,
                   QObject *parent = nullptr);
    FeedConnection(ExchangeAdapter &adapter, Endpoint endpoint, const model::Clock &clock, QObject *parent = nullptr)
        : FeedConnection(adapter, std::move(endpoint), clock, Options{}, parent)
    {
    }
    ~FeedConnection() override;

    // For KuCoin's token request (REST); the connection creates its own when none is given.
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_network = manager; }

    // The symbols to subscribe; takes effect at the next (re)connect, or at once when running.
    void setSymbols(const QList<model::Symbol> &symbols);
    const QList<model::Symbol> &symbols() const { return m_symbols; }

    void start();
    // Closes on purpose and stays Stopped.
    void stop();
    // A planned reconnect now (no backoff, still inside the connection budget).
    void reconnect(const QString &reason);

    FeedState state() const { return m_state; }
    FeedStatus status() const;
    int reconnects() const { return m_reconnects; }
    quint64 badFrames() const { return m_badFrames; }
    quint64 framesReceived() const { return m_framesTotal; }
    const Endpoint &endpoint() const { return m_endpoint; }

signals:
    // Every frame that parsed to trades or candles, on this thread. Connect directly: the frame is only
    // valid during the call.
    void frameParsed(const cl::market::ParsedFrame &frame);
    // Control frames (acks, pongs, heartbeats ...), also direct only.
    void controlReceived(const cl::market::ControlEvent &control);
    // Subscribed and receiving: the moment to repair the gap the previous connection left.
    void live(bool firstConnect);
    void disconnected(const QString &reason);
    void stateChanged(cl::market::FeedState state);
    void statusChanged(const cl::market::FeedStatus &status);
    // One line for people: "binance connected", "binance reconnect #3 in 1.2 s: closed (1006)".
    void logLine(const QString &line);

private:
    void setState(FeedState state);
    void connectNow();
    void openSocket(const QString &url);
    void fetchToken();
    void onTokenReply(QNetworkReply *reply);
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &message);
    void onPong();
    void startSubscribing();
    void sendNextSubscribe();
    void goLive();
    void handleControl(const ControlEvent &control);
    void handleError(const ParseError &error);
    void scheduleReconnect(const QString &reason, bool planned);
    void closeSocket(const QString &reason);
    void tick();
    void markInbound();
    void emitStatus();

    ExchangeAdapter &m_adapter;
    Endpoint m_endpoint;
    const model::Clock &m_clock;
    Options m_options;
    ReconnectBackoff m_backoff;
    ConnectionBudget m_budget;
    QList<model::Symbol> m_symbols;

    QPointer<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QWebSocket *m_socket = nullptr;
    QTimer *m_tick = nullptr;

    FeedState m_state = FeedState::Stopped;
    bool m_wanted = false;
    bool m_everLive = false;
    bool m_plannedClose = false;
    QString m_closeReason;
    qint64 m_connectAtMs = 0;       // Backoff: when to try again
    qint64 m_connectedAtMs = 0;
    qint64 m_stateSinceMs = 0;
    qint64 m_lastInboundMs = -1;
    qint64 m_lastPingMs = -1;
    qint64 m_idlePingMs = -1;       // the ping sent because of silence; -1 when none is outstanding
    qint64 m_tokenAtMs = -1;
    std::deque<QByteArray> m_pendingSubscribes;
    int m_subscribesSent = 0;
    int m_acks = 0;
    qint64 m_lastSendMs = -1;
    int m_reconnects = 0;
    QString m_detail;

    quint64 m_framesTotal = 0;
    quint64 m_framesThisSecond = 0;
    qint64 m_rateWindowStartMs = 0;
    double m_messagesPerSecond = 0.0;
    qint64 m_lastStatusMs = 0;

    quint64 m_badFrames = 0;
    std::array<qint64, kParseErrorKindCount> m_lastBadLogMs{};
    std::array<quint64, kParseErrorKindCount> m_badSinceLog{};
};

} // namespace cl::market
