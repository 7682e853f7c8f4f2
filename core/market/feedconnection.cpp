#include "feedconnection.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace cl::market {

Q_LOGGING_CATEGORY(lcFeed, "cryptolens.market.feed")

namespace {

// KuCoin sends {"type":"welcome"}, Kraken v2 a status frame: only after it is the connection usable.
bool awaitsWelcome(model::ExchangeId exchange)
{
    return exchange == model::ExchangeId::Kucoin || exchange == model::ExchangeId::Kraken;
}

constexpr qint64 kConnectTimeoutMs = 20'000;
constexpr qint64 kDrainTimeoutMs = 5'000;
constexpr qint64 kDefaultIdleBudgetMs = 60'000;

} // namespace

FeedConnection::FeedConnection(ExchangeAdapter &adapter, Endpoint endpoint, const model::Clock &clock, Options options,
                               QObject *parent)
    : QObject(parent), m_adapter(adapter), m_endpoint(std::move(endpoint)), m_clock(clock), m_options(options),
      m_backoff(options.seed, options.backoff),
      m_budget(clock, adapter.subscribeLimits().maxConnectsPerWindow, adapter.subscribeLimits().connectWindowMs)
{
}

FeedConnection::~FeedConnection()
{
    m_wanted = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void FeedConnection::setSymbols(const QList<model::Symbol> &symbols)
{
    if (symbols == m_symbols)
        return;
    QList<model::Symbol> added;
    QList<model::Symbol> removed;
    for (const model::Symbol &symbol : symbols)
        if (!m_symbols.contains(symbol))
            added.append(symbol);
    for (const model::Symbol &symbol : m_symbols)
        if (!symbols.contains(symbol))
            removed.append(symbol);
    m_symbols = symbols;
    if (!m_wanted)
        return;
    if (m_symbols.isEmpty()) {
        closeSocket(QStringLiteral("no symbols"));
        return;
    }
    if (m_state == FeedState::Live || m_state == FeedState::Subscribing) {
        // Change the subscriptions in place: a reconnect would cost a connection and a gap.
        for (QByteArray &frame : m_adapter.unsubscribeFrames(m_endpoint, std::span(removed.cbegin(), removed.cend())))
            m_pendingSubscribes.push_back(std::move(frame));
        for (QByteArray &frame : m_adapter.subscribeFrames(m_endpoint, std::span(added.cbegin(), added.cend())))
            m_pendingSubscribes.push_back(std::move(frame));
        sendNextSubscribe();
    } else if (m_state == FeedState::Stopped) {
        connectNow();
    }
}

void FeedConnection::start()
{
    if (!m_tick) {
        m_tick = new QTimer(this);
        m_tick->setInterval(m_options.tickMs);
        connect(m_tick, &QTimer::timeout, this, &FeedConnection::tick);
    }
    m_tick->start();
    m_rateWindowStartMs = m_clock.nowMs();
    m_wanted = true;
    if (m_state == FeedState::Stopped)
        connectNow();
}

void FeedConnection::stop()
{
    m_wanted = false;
    if (m_socket)
        closeSocket(QStringLiteral("stopped"));
    else
        setState(FeedState::Stopped);
}

void FeedConnection::reconnect(const QString &reason)
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_plannedClose = true;
        closeSocket(reason);
    } else {
        m_detail = reason;
        connectNow();
    }
}

void FeedConnection::setState(FeedState state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_stateSinceMs = m_clock.nowMs();
    emit stateChanged(state);
    emitStatus();
}

void FeedConnection::connectNow()
{
    if (!m_wanted || m_symbols.isEmpty()) {
        setState(FeedState::Stopped);
        return;
    }
    const qint64 wait = m_budget.delayBeforeNextMs();
    if (wait > 0) {
        // The connection budget is spent: wait in Backoff until an attempt leaves the window.
        m_connectAtMs = m_clock.nowMs() + wait;
        m_detail = QStringLiteral("connection budget spent, next attempt in %1 s").arg(double(wait) / 1000.0, 0, 'f', 1);
        setState(FeedState::Backoff);
        return;
    }
    m_budget.recordAttempt();
    setState(FeedState::Connecting);
    if (m_adapter.needsConnectToken())
        fetchToken();
    else
        openSocket(m_endpoint.url);
}

void FeedConnection::fetchToken()
{
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    const RestRequest request = m_adapter.connectTokenRequest();
    QNetworkRequest http{QUrl(request.url)};
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setTransferTimeout(int(kConnectTimeoutMs));
    QNetworkReply *reply = request.method == "POST" ? m_network->post(http, request.body) : m_network->get(http);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void FeedConnection::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_state != FeedState::Connecting || m_socket)
        return;
    QString error;
    std::optional<ConnectToken> token;
    if (reply->error() != QNetworkReply::NoError)
        error = QStringLiteral("connect token request failed: %1").arg(reply->errorString());
    else
        token = m_adapter.parseConnectToken(reply->readAll(), &error);
    if (!token) {
        m_closeReason = error;
        scheduleReconnect(error, false);
        return;
    }
    m_tokenAtMs = m_clock.nowMs();
    openSocket(m_adapter.connectUrl(*token, QString::number(m_clock.nowMs())));
}

void FeedConnection::openSocket(const QString &url)
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxIncomingFrameBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxIncomingFrameBytes));
    connect(m_socket, &QWebSocket::connected, this, &FeedConnection::onConnected);
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState socketState) {
        if (socketState == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &FeedConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) { markInbound(); });
    connect(m_socket, &QWebSocket::pong, this, &FeedConnection::onPong);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the attempt counts as failed.
        if (!errors.isEmpty())
            m_closeReason = QStringLiteral("TLS error: %1").arg(errors.first().errorString());
    });
    m_closeReason.clear();
    m_plannedClose = false;
    m_socket->open(QUrl(url));
}

void FeedConnection::onConnected()
{
    const qint64 now = m_clock.nowMs();
    m_connectedAtMs = now;
    m_adapter.resetFrameNumbers();
    markInbound();
    emit logLine(QStringLiteral("%1 connected to %2").arg(m_adapter.name(), m_socket->requestUrl().toString()));
    if (awaitsWelcome(m_adapter.exchange()))
        m_stateSinceMs = now; // stays Connecting until the welcome/status frame
    else
        startSubscribing();
}

void FeedConnection::startSubscribing()
{
    setState(FeedState::Subscribing);
    m_pendingSubscribes.clear();
    for (QByteArray &frame : m_adapter.subscribeFrames(m_endpoint, std::span(m_symbols.cbegin(), m_symbols.cend())))
        m_pendingSubscribes.push_back(std::move(frame));
    m_subscribesSent = 0;
    m_acks = 0;
    m_lastSendMs = -1;
    sendNextSubscribe();
}

void FeedConnection::sendNextSubscribe()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const int spacing = m_adapter.subscribeLimits().minMessageIntervalMs;
    while (!m_pendingSubscribes.empty()) {
        const qint64 now = m_clock.nowMs();
        if (m_lastSendMs >= 0 && now - m_lastSendMs < spacing)
            return; // the tick sends the rest
        m_socket->sendTextMessage(QString::fromUtf8(m_pendingSubscribes.front()));
        m_pendingSubscribes.pop_front();
        m_lastSendMs = now;
        ++m_subscribesSent;
    }
}

void FeedConnection::goLive()
{
    if (m_state != FeedState::Subscribing || !m_pendingSubscribes.empty())
        return;
    // A healthy connection: the next failure starts the backoff from the bottom again.
    m_backoff.reset();
    const bool first = !m_everLive;
    m_everLive = true;
    m_detail.clear();
    setState(FeedState::Live);
    emit live(first);
}

void FeedConnection::markInbound()
{
    m_lastInboundMs = m_clock.nowMs();
    m_idlePingMs = -1;
}

void FeedConnection::onPong()
{
    markInbound();
}

void FeedConnection::onTextMessage(const QString &message)
{
    markInbound();
    ++m_framesTotal;
    ++m_framesThisSecond;
    const QByteArray bytes = message.toUtf8();
    const ParsedFrame &frame = m_adapter.parseFrame(bytes);
    switch (frame.kind()) {
    case FrameKind::Error:
        handleError(frame.error());
        return;
    case FrameKind::Control:
        handleControl(frame.control());
        emit controlReceived(frame.control());
        return;
    case FrameKind::Ignored:
        return;
    case FrameKind::Trades:
    case FrameKind::Candles:
        if (m_state == FeedState::Subscribing)
            goLive();
        emit frameParsed(frame);
        return;
    }
}

void FeedConnection::handleControl(const ControlEvent &control)
{
    switch (control.kind) {
    case ControlKind::Welcome:
        if (m_state == FeedState::Connecting && m_socket)
            startSubscribing();
        break;
    case ControlKind::Ack:
        ++m_acks;
        if (m_acks >= m_subscribesSent)
            goLive();
        break;
    case ControlKind::ReconnectNotice:
        emit logLine(QStringLiteral("%1 planned reconnect: exchange notice %2 %3")
                         .arg(m_adapter.name(), control.code, control.message));
        reconnect(QStringLiteral("exchange notice %1").arg(control.code.isEmpty() ? control.message : control.code));
        break;
    case ControlKind::ExchangeError:
        m_detail = QStringLiteral("exchange error %1: %2").arg(control.code, control.message);
        qCWarning(lcFeed).noquote() << m_adapter.name() << m_detail;
        break;
    default:
        break;
    }
}

void FeedConnection::handleError(const ParseError &error)
{
    ++m_badFrames;
    const int kind = std::clamp(int(error.kind), 0, kParseErrorKindCount - 1);
    ++m_badSinceLog[size_t(kind)];
    const qint64 now = m_clock.nowMs();
    qint64 &last = m_lastBadLogMs[size_t(kind)];
    m_detail = error.reason;
    // Once per kind per minute: a flood of bad frames must not flood the log too.
    if (last != 0 && now - last < m_options.badFrameLogIntervalMs)
        return;
    last = now;
    const QString line = QStringLiteral("%1: %2 bad frame(s) of kind %3; latest: %4")
                             .arg(m_adapter.name())
                             .arg(m_badSinceLog[size_t(kind)])
                             .arg(parseErrorKindName(error.kind), error.reason);
    m_badSinceLog[size_t(kind)] = 0;
    qCWarning(lcFeed).noquote() << line;
    emit logLine(line);
}

void FeedConnection::closeSocket(const QString &reason)
{
    if (!m_socket) {
        if (!m_wanted)
            setState(FeedState::Stopped);
        return;
    }
    m_closeReason = reason;
    setState(FeedState::Draining);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
    else
        m_socket->abort();
}

void FeedConnection::onDisconnected()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();

    QString reason = m_closeReason;
    if (reason.isEmpty()) {
        reason = socket->closeCode() != QWebSocketProtocol::CloseCodeNormal || socket->closeReason().isEmpty()
                     ? QStringLiteral("closed (%1%2)")
                           .arg(int(socket->closeCode()))
                           .arg(socket->errorString().isEmpty() ? QString() : QString(QStringLiteral(": ") + socket->errorString()))
                     : QStringLiteral("closed by the exchange: %1").arg(socket->closeReason());
    }
    const bool planned = m_plannedClose;
    m_closeReason.clear();
    m_plannedClose = false;
    m_pendingSubscribes.clear();
    emit disconnected(reason);
    if (!m_wanted || m_symbols.isEmpty()) {
        setState(FeedState::Stopped);
        return;
    }
    scheduleReconnect(reason, planned);
}

void FeedConnection::scheduleReconnect(const QString &reason, bool planned)
{
    ++m_reconnects;
    m_detail = reason;
    if (planned) {
        emit logLine(QStringLiteral("%1 reconnect #%2 now: %3").arg(m_adapter.name()).arg(m_reconnects).arg(reason));
        connectNow();
        return;
    }
    const qint64 delay = m_backoff.nextDelayMs();
    m_connectAtMs = m_clock.nowMs() + delay;
    emit logLine(QStringLiteral("%1 reconnect #%2 in %3 s: %4")
                     .arg(m_adapter.name())
                     .arg(m_reconnects)
                     .arg(double(delay) / 1000.0, 0, 'f', 1)
                     .arg(reason));
    setState(FeedState::Backoff);
}

void FeedConnection::tick()
{
    const qint64 now = m_clock.nowMs();
    if (now - m_rateWindowStartMs >= 1000) {
        m_messagesPerSecond = double(m_framesThisSecond) * 1000.0 / double(now - m_rateWindowStartMs);
        m_framesThisSecond = 0;
        m_rateWindowStartMs = now;
    }
    switch (m_state) {
    case FeedState::Stopped:
        break;
    case FeedState::Backoff:
        if (m_wanted && now >= m_connectAtMs)
            connectNow();
        break;
    case FeedState::Connecting:
        if (m_socket && now - m_stateSinceMs >= (m_socket->state() == QAbstractSocket::ConnectedState
                                                      ? m_options.welcomeTimeoutMs
                                                      : kConnectTimeoutMs))
            closeSocket(QStringLiteral("connect timed out"));
        break;
    case FeedState::Draining:
        if (m_socket && now - m_stateSinceMs >= kDrainTimeoutMs)
            m_socket->abort();
        break;
    case FeedState::Subscribing:
    case FeedState::Live: {
        if (m_state == FeedState::Subscribing) {
            sendNextSubscribe();
            if (m_pendingSubscribes.empty() && m_lastSendMs >= 0 && now - m_lastSendMs >= m_options.subscribeTimeoutMs) {
                // No acks, no data: a quiet market looks the same, so go on and let liveness decide.
                emit logLine(QStringLiteral("%1 subscribed without acknowledgement").arg(m_adapter.name()));
                goLive();
            }
        } else if (!m_pendingSubscribes.empty()) {
            sendNextSubscribe();
        }
        if (!m_socket)
            break;
        const KeepAlive keepAlive = m_adapter.keepAlive();
        const qint64 idle = now - m_lastInboundMs;
        auto sendPing = [&] {
            if (keepAlive.ping == KeepAlive::Ping::TextFrame)
                m_socket->sendTextMessage(QString::fromUtf8(m_adapter.pingFrame()));
            else
                m_socket->ping();
            m_lastPingMs = now;
        };
        if (keepAlive.ping != KeepAlive::Ping::None && keepAlive.pingIntervalMs > 0) {
            const bool due = keepAlive.pingOnlyWhenIdle ? idle >= keepAlive.pingIntervalMs && m_lastPingMs < m_lastInboundMs
                                                        : m_lastPingMs < 0 || now - m_lastPingMs >= keepAlive.pingIntervalMs;
            if (due)
                sendPing();
        }
        const qint64 idleBudget = keepAlive.idleBudgetMs > 0 ? keepAlive.idleBudgetMs : kDefaultIdleBudgetMs;
        if (idle >= idleBudget) {
            if (m_idlePingMs < 0) {
                sendPing();
                m_idlePingMs = now;
            } else if (now - m_idlePingMs >= m_options.pingTimeoutMs) {
                closeSocket(QStringLiteral("stalled: no frame for %1 s").arg(idle / 1000));
                break;
            }
        }
        const qint64 lifetime = m_adapter.subscribeLimits().maxConnectionLifetimeMs;
        if (lifetime > 0 && now - m_connectedAtMs >= lifetime - m_options.lifetimeMarginMs) {
            reconnect(QStringLiteral("connection lifetime"));
            break;
        }
        if (m_adapter.needsConnectToken() && m_tokenAtMs >= 0 && now - m_tokenAtMs >= m_options.tokenLifetimeMs) {
            reconnect(QStringLiteral("connect token expiring"));
            break;
        }
        break;
    }
    }
    if (now - m_lastStatusMs >= 1000)
        emitStatus();
}

FeedStatus FeedConnection::status() const
{
    FeedStatus status;
    status.exchange = m_adapter.exchange();
    status.state = m_state;
    status.lastMessageAgeMs = m_lastInboundMs < 0 ? -1 : std::max<qint64>(0, m_clock.nowMs() - m_lastInboundMs);
    status.reconnects = m_reconnects;
    status.messagesPerSecond = m_messagesPerSecond;
    status.symbols = int(m_symbols.size());
    status.detail = m_detail;
    return status;
}

void FeedConnection::emitStatus()
{
    m_lastStatusMs = m_clock.nowMs();
    emit statusChanged(status());
}

} // namespace cl::market
