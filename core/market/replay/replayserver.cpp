#include "replayserver.h"

#include "binanceframes.h"
#include "httprequest.h"
#include "replayprotocol.h"
#include "simulatedmarket.h"

#include "model/systemclock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cmath>

namespace cl::market {

struct ReplayServer::Session
{
    QWebSocket *socket = nullptr; // null once disconnected; purged by the next pump
    QString path;
    bool combined = false; // /stream: frames wrapped as {"stream":..,"data":..}
    QSet<QByteArray> streams;
    qint64 openedMs = 0;
    qint64 nextPingMs = 0;
    bool stalled = false;
    bool replayStarted = false;
    int replayIndex = 0;
    qint64 nextReplayMs = 0;
    quint64 dataFrames = 0;
    const QList<QByteArray> *tape = nullptr; // replay mode: the frames for this connection's path
};

namespace {

QByteArray jsonText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    if (value.isString())
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return "null";
}

} // namespace

ReplayServer::ReplayServer(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (m_options.clock) {
        m_clock = m_options.clock;
    } else {
        m_ownClock = std::make_unique<model::SystemClock>();
        m_clock = m_ownClock.get();
    }
}

ReplayServer::~ReplayServer()
{
    stop();
}

bool ReplayServer::start(quint16 port)
{
    if (isListening())
        return true;
    const bool binanceProtocol = m_options.exchange == model::ExchangeId::Binance || m_options.exchange == model::ExchangeId::Sim;
    if (m_options.mode == Mode::Simulate) {
        if (!binanceProtocol) {
            m_error = QStringLiteral("the simulated market speaks Binance's protocol only (exchange binance or sim)");
            return false;
        }
        if (m_options.symbols.empty()) {
            m_error = QStringLiteral("no symbols to simulate");
            return false;
        }
        if (!(m_options.speed > 0.0) || m_options.speed > 1e6) {
            m_error = QStringLiteral("speed must be above 0 and at most 1000000");
            return false;
        }
    } else {
        m_pathTapes.clear();
        for (const auto &[path, file] : std::as_const(m_options.pathFramesFiles)) {
            QList<QByteArray> frames;
            if (!path.startsWith(QLatin1Char('/'))) {
                m_error = QStringLiteral("tape path '%1' does not start with /").arg(path);
                return false;
            }
            if (!loadFrames(file, &frames, &m_error))
                return false;
            m_pathTapes.append({path, frames});
        }
        if (m_options.frames.isEmpty() && !m_options.framesFile.isEmpty()
            && !loadFrames(m_options.framesFile, &m_options.frames, &m_error))
            return false;
        if (m_options.frames.isEmpty() && !m_pathTapes.isEmpty())
            m_options.frames = m_pathTapes.first().second;
        if (m_options.frames.isEmpty()) {
            m_error = QStringLiteral("no frames to replay");
            return false;
        }
    }

    m_clockStartMs = m_clock->nowMs();
    m_simStartMs = m_options.simulatedStartMs >= 0 ? m_options.simulatedStartMs : m_clockStartMs;
    m_nextDisconnectMs = m_clockStartMs + m_options.disconnectEveryMs;
    if (m_options.mode == Mode::Simulate) {
        SimulatedMarket::Options marketOptions;
        marketOptions.seed = m_options.seed;
        marketOptions.tradesPerSecond = m_options.tradesPerSecond;
        marketOptions.historyMinutes = m_options.historyMinutes;
        m_market = std::make_unique<SimulatedMarket>(m_options.symbols, marketOptions, m_simStartMs);
        m_tradeStreams.clear();
        m_klineStreams.clear();
        for (const model::Symbol &symbol : m_options.symbols) {
            const QByteArray lower = (symbol.base() + symbol.quote()).toLower().toLatin1();
            m_tradeStreams.push_back(lower + "@trade");
            m_klineStreams.push_back(lower + "@kline_1m");
        }
        m_streamSubscribers.assign(m_options.symbols.size() * 2, 0);
    }

    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    connect(m_tcp, &QTcpServer::newConnection, this, &ReplayServer::onNewTcpConnection);
    m_webSockets = new QWebSocketServer(QStringLiteral("cryptolens-replay"), QWebSocketServer::NonSecureMode, this);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &ReplayServer::onNewWebSocket);
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(1, m_options.tickMs));
    connect(m_timer, &QTimer::timeout, this, &ReplayServer::pump);
    m_timer->start();
    return true;
}

void ReplayServer::stop()
{
    if (m_timer)
        m_timer->stop();
    for (auto &session : m_sessions) {
        if (session->socket) {
            QObject::disconnect(session->socket, nullptr, this, nullptr);
            session->socket->abort();
            session->socket->deleteLater();
        }
    }
    m_sessions.clear();
    if (m_tcp)
        m_tcp->close();
    delete m_webSockets;
    m_webSockets = nullptr;
    delete m_tcp;
    m_tcp = nullptr;
    delete m_timer;
    m_timer = nullptr;
}

bool ReplayServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 ReplayServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString ReplayServer::webSocketUrl() const
{
    return QStringLiteral("ws://127.0.0.1:%1/ws").arg(port());
}

QString ReplayServer::httpUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QString ReplayServer::listeningLine() const
{
    return QStringLiteral("listening %1 %2").arg(webSocketUrl(), httpUrl());
}

model::CandleSeries ReplayServer::closedCandles(const model::Symbol &symbol) const
{
    if (!m_market)
        return {};
    for (int i = 0; i < m_market->symbolCount(); ++i) {
        if (m_market->symbol(i) == symbol)
            return m_market->closedCandles(i);
    }
    return {};
}

qint64 ReplayServer::simulatedNowMs() const
{
    const qint64 elapsed = std::max<qint64>(0, m_clock->nowMs() - m_clockStartMs);
    return m_simStartMs + qint64(std::floor(double(elapsed) * m_options.speed));
}

int ReplayServer::connectionCount() const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(), [](const auto &s) { return s->socket != nullptr; }));
}

// --- the pump --------------------------------------------------------------------------------------

void ReplayServer::pump()
{
    if (!isListening())
        return;
    const qint64 now = m_clock->nowMs();
    // Stalls first, so a connection goes silent exactly at its stall time, not one tick later.
    for (auto &session : m_sessions) {
        if (session->socket && m_options.stallAfterMs > 0 && now - session->openedMs >= m_options.stallAfterMs)
            session->stalled = true;
    }
    if (m_market)
        m_market->advanceTo(simulatedNowMs(), [this](const SimEvent &event) { dispatch(event); });
    for (auto &session : m_sessions) {
        if (!session->socket || !session->replayStarted || session->stalled)
            continue;
        while (session->socket && session->replayIndex < session->tape->size() && session->nextReplayMs <= now) {
            replayNext(*session);
            session->nextReplayMs += m_options.replayIntervalMs;
        }
    }
    runFaults(now);
    std::erase_if(m_sessions, [](const auto &s) { return s->socket == nullptr; });
}

void ReplayServer::runFaults(qint64 now)
{
    for (auto &session : m_sessions) {
        if (!session->socket)
            continue;
        if (m_options.pingIntervalMs > 0 && !session->stalled && now >= session->nextPingMs) {
            session->socket->ping(QByteArray::number(now));
            ++m_stats.pingsSent;
            session->nextPingMs = now + m_options.pingIntervalMs;
        }
    }
    if (m_options.disconnectEveryMs > 0 && now >= m_nextDisconnectMs) {
        while (m_nextDisconnectMs <= now)
            m_nextDisconnectMs += m_options.disconnectEveryMs;
        std::vector<QWebSocket *> sockets;
        for (auto &session : m_sessions) {
            if (session->socket)
                sockets.push_back(session->socket);
        }
        for (QWebSocket *socket : sockets) {
            ++m_stats.webSocketsDropped;
            socket->abort();
        }
    }
}

// --- WebSocket sessions ----------------------------------------------------------------------------

void ReplayServer::onNewWebSocket()
{
    while (m_webSockets && m_webSockets->hasPendingConnections()) {
        if (QWebSocket *socket = m_webSockets->nextPendingConnection())
            openSession(socket);
    }
}

void ReplayServer::openSession(QWebSocket *socket)
{
    socket->setParent(this);
    // QWebSocket does not own the QTcpSocket it was upgraded from (Qt 6.4) but uses it until its own
    // destructor: make the TCP socket its child so both go together, never the TCP socket first.
    m_upgrading.removeAll(nullptr);
    for (qsizetype i = 0; i < m_upgrading.size(); ++i) {
        if (m_upgrading[i]->peerPort() == socket->peerPort() && m_upgrading[i]->peerAddress() == socket->peerAddress()) {
            m_upgrading[i]->setParent(socket);
            m_upgrading.removeAt(i);
            break;
        }
    }
    ++m_stats.webSocketsAccepted;
    auto owned = std::make_unique<Session>();
    Session *session = owned.get();
    session->socket = socket;
    session->path = socket->requestUrl().path();
    session->openedMs = m_clock->nowMs();
    session->nextPingMs = session->openedMs + m_options.pingIntervalMs;
    m_sessions.push_back(std::move(owned));

    connect(socket, &QWebSocket::textMessageReceived, this, [this, session](const QString &message) {
        if (session->socket)
            onClientText(*session, message);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, session] {
        if (!session->socket)
            return;
        QWebSocket *gone = session->socket;
        session->socket = nullptr;
        session->streams.clear();
        recountSubscribers();
        QObject::disconnect(gone, nullptr, this, nullptr);
        gone->deleteLater();
        emit clientDisconnected();
    });

    const QString path = session->path;
    QStringList initial;
    const bool binancePaths = m_options.exchange == model::ExchangeId::Binance || m_options.exchange == model::ExchangeId::Sim;
    if (binancePaths && path.startsWith(QLatin1String("/ws/")))
        initial = path.mid(4).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (binancePaths && path == QLatin1String("/stream")) {
        session->combined = true;
        initial = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("streams")).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    }
    emit clientConnected(path);

    if (m_options.mode == Mode::Simulate) {
        if (!initial.isEmpty()) {
            QByteArray command("{\"method\":\"SUBSCRIBE\",\"params\":[");
            for (int i = 0; i < initial.size(); ++i)
                command.append(i ? ",\"" : "\"").append(initial[i].toLatin1()).append('"');
            handleBinanceCommand(*session, command.append("],\"silent\":true}"));
        }
        return;
    }
    const ReplayProtocol protocol(m_options.exchange);
    session->tape = &m_options.frames;
    for (const auto &[tapePath, frames] : std::as_const(m_pathTapes)) {
        if (tapePath == path)
            session->tape = &frames;
    }
    const int greetings = protocol.greetingCount(*session->tape);
    for (; session->replayIndex < greetings && session->socket; ++session->replayIndex)
        send(*session, session->tape->at(session->replayIndex));
    if (!initial.isEmpty() || session->combined) {
        session->replayStarted = true;
        session->nextReplayMs = m_clock->nowMs();
        pump();
    }
}

void ReplayServer::onClientText(Session &session, const QString &message)
{
    if (session.stalled)
        return;
    const QByteArray frame = message.toUtf8();
    if (m_options.mode == Mode::Simulate) {
        handleBinanceCommand(session, frame);
        return;
    }
    const ReplayProtocol protocol(m_options.exchange);
    if (const auto reply = protocol.pingReply(frame, m_clock->nowMs())) {
        send(session, *reply, false);
        return;
    }
    if (!session.replayStarted && protocol.isSubscribe(frame)) {
        session.replayStarted = true;
        session.nextReplayMs = m_clock->nowMs();
        pump();
    }
}

void ReplayServer::handleBinanceCommand(Session &session, const QByteArray &frame)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        send(session, binanceframes::error(3, QStringLiteral("Invalid JSON: expected value at line 1 column %1").arg(parseError.offset + 1)), false);
        return;
    }
    const QJsonObject object = document.object();
    const QByteArray id = jsonText(object.value(QLatin1String("id")));
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (!idValue.isUndefined() && !idValue.isNull() && !idValue.isDouble() && !idValue.isString()) {
        send(session, R"({"code":2,"msg":"Invalid request: request ID must be an unsigned integer"})", false);
        return;
    }
    const QString method = object.value(QLatin1String("method")).toString();
    if (method == QLatin1String("LIST_SUBSCRIPTIONS")) {
        QByteArray list("{\"result\":[");
        bool first = true;
        for (const QByteArray &stream : std::as_const(session.streams)) {
            list.append(first ? "\"" : ",\"").append(stream).append('"');
            first = false;
        }
        send(session, list.append("],\"id\":").append(id).append('}'), false);
        return;
    }
    if (method != QLatin1String("SUBSCRIBE") && method != QLatin1String("UNSUBSCRIBE")) {
        send(session, R"({"code":2,"msg":"Invalid request: unknown variable","id":)" + id + '}', false);
        return;
    }
    const QJsonValue params = object.value(QLatin1String("params"));
    if (!params.isArray()) {
        send(session, R"({"code":2,"msg":"Invalid request: params must be an array","id":)" + id + '}', false);
        return;
    }
    QList<QByteArray> names;
    for (const QJsonValue &param : params.toArray()) {
        if (!param.isString()) {
            send(session, R"({"code":1,"msg":"Invalid value type: expected String","id":)" + id + '}', false);
            return;
        }
        names.append(param.toString().toLatin1());
    }
    if (session.streams.size() + names.size() > 1024) {
        send(session, R"({"code":2,"msg":"Invalid request: too many parameters","id":)" + id + '}', false);
        return;
    }
    const bool subscribe = method == QLatin1String("SUBSCRIBE");
    for (const QByteArray &name : names) {
        if (subscribe)
            session.streams.insert(name);
        else
            session.streams.remove(name);
    }
    recountSubscribers();
    if (!object.value(QLatin1String("silent")).toBool())
        send(session, "{\"result\":null,\"id\":" + id + '}', false);
}

// Frames are only built for streams somebody listens to: the simulator runs whether or not anyone does.
void ReplayServer::recountSubscribers()
{
    std::fill(m_streamSubscribers.begin(), m_streamSubscribers.end(), 0);
    for (const auto &session : m_sessions) {
        for (size_t i = 0; session->socket && i < m_tradeStreams.size(); ++i) {
            m_streamSubscribers[i * 2] += session->streams.contains(m_tradeStreams[i]);
            m_streamSubscribers[i * 2 + 1] += session->streams.contains(m_klineStreams[i]);
        }
    }
}

void ReplayServer::replayNext(Session &session)
{
    send(session, session.tape->at(session.replayIndex));
    ++session.replayIndex;
}

void ReplayServer::dispatch(const SimEvent &event)
{
    const bool isTrade = event.kind == SimEvent::Kind::Trade;
    const size_t slot = size_t(event.symbol) * 2 + (isTrade ? 0 : 1);
    if (m_streamSubscribers[slot] == 0)
        return;
    const QByteArray &stream = isTrade ? m_tradeStreams[size_t(event.symbol)] : m_klineStreams[size_t(event.symbol)];
    const QString native = m_market->symbol(event.symbol).base() + m_market->symbol(event.symbol).quote();
    const int decimals = m_market->priceDecimals(event.symbol);
    const QByteArray payload = isTrade ? binanceframes::trade(native, event.trade, decimals)
                                       : binanceframes::kline(native, event.kline, event.closed, event.eventTime, decimals);
    QByteArray wrapped;
    for (auto &session : m_sessions) {
        if (!session->socket || session->stalled || !session->streams.contains(stream))
            continue;
        if (session->combined) {
            if (wrapped.isEmpty())
                wrapped = binanceframes::combined(stream, payload);
            send(*session, wrapped);
        } else {
            send(*session, payload);
        }
    }
}

void ReplayServer::send(Session &session, const QByteArray &frame, bool data)
{
    if (!session.socket || session.stalled)
        return;
    // A client that does not read would make us buffer without bound; exchanges drop slow consumers too.
    if (session.socket->bytesToWrite() > kMaxBufferedBytes) {
        ++m_stats.slowClientsDropped;
        session.socket->abort();
        return;
    }
    session.socket->sendTextMessage(QString::fromUtf8(frame));
    ++m_stats.framesSent;
    if (!session.socket || !data || m_options.malformedEvery <= 0 || ++session.dataFrames % quint64(m_options.malformedEvery) != 0)
        return;
    // Inserted, never replacing a real frame, so the tape stays complete: the client must skip it.
    session.socket->sendTextMessage(QString::fromUtf8(frame.left(std::max<qsizetype>(1, frame.size() / 2))));
    ++m_stats.malformedSent;
}

} // namespace cl::market
