#pragma once

// Small servers on 127.0.0.1 for the feed tests: a WebSocket server that acknowledges Binance SUBSCRIBE frames,
// a server that completes the WebSocket handshake and then goes silent (a stalled exchange), and an HTTP stub
// answering from a script. Header-only; one instance per test.

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <memory>
#include <vector>

namespace cl::test {

// Child sockets are deleted by ~QObject after the members are gone; their signals must not reach the
// lambdas that use those members.
template <typename Socket>
void deleteChildSockets(QObject *owner)
{
    for (Socket *socket : owner->findChildren<Socket *>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect(owner);
        delete socket;
    }
}

class StubWebSocketServer : public QObject
{
public:
    StubWebSocketServer() : m_server(QStringLiteral("stub"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_sockets.append(socket);
                ++m_accepted;
                QObject::connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                    m_received.append(text);
                    const QJsonObject command = QJsonDocument::fromJson(text.toUtf8()).object();
                    if (m_autoAck && command.value(QLatin1String("method")).toString() == QLatin1String("SUBSCRIBE"))
                        socket->sendTextMessage(QStringLiteral("{\"result\":null,\"id\":%1}")
                                                    .arg(command.value(QLatin1String("id")).toInteger()));
                    if (m_onText)
                        m_onText(socket, text);
                });
                QObject::connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                    m_sockets.removeAll(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~StubWebSocketServer() override { deleteChildSockets<QWebSocket>(this); }

    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }
    int accepted() const { return m_accepted; }
    int open() const { return int(m_sockets.size()); }
    const QStringList &received() const { return m_received; }
    void setAutoAck(bool on) { m_autoAck = on; }
    void setOnText(std::function<void(QWebSocket *, const QString &)> handler) { m_onText = std::move(handler); }
    void sendToAll(const QByteArray &frame)
    {
        for (QWebSocket *socket : m_sockets)
            socket->sendTextMessage(QString::fromUtf8(frame));
    }
    // Drops every connection without a close frame, as a network failure would.
    void abortAll()
    {
        for (QWebSocket *socket : std::as_const(m_sockets))
            socket->abort();
    }

private:
    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
    QStringList m_received;
    int m_accepted = 0;
    bool m_autoAck = true;
    std::function<void(QWebSocket *, const QString &)> m_onText;
};

// Completes the WebSocket handshake, sends one unmasked text frame, and then never reads or writes again:
// it answers no ping, so only the client's idle budget can notice.
class StallingWebSocketServer : public QObject
{
public:
    explicit StallingWebSocketServer(QByteArray firstFrame) : m_firstFrame(std::move(firstFrame))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                ++m_accepted;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    if (buffer->endsWith("\r\n\r\n") || buffer->contains("\r\n\r\n")) {
                        socket->readAll(); // after the handshake: ignore everything (pings included)
                        return;
                    }
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    QByteArray key;
                    for (const QByteArray &line : buffer->split('\n'))
                        if (line.toLower().startsWith("sec-websocket-key:"))
                            key = line.mid(18).trimmed();
                    const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                                       QCryptographicHash::Sha1)
                                                  .toBase64();
                    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                  "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
                    QByteArray frame;
                    frame.append(char(0x81));
                    frame.append(char(m_firstFrame.size())); // < 126 bytes
                    frame.append(m_firstFrame);
                    socket->write(frame);
                });
            }
        });
    }
    ~StallingWebSocketServer() override { deleteChildSockets<QTcpSocket>(this); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }
    int accepted() const { return m_accepted; }

private:
    QTcpServer m_server;
    QByteArray m_firstFrame;
    int m_accepted = 0;
};

// HTTP/1.1 on loopback: every request goes to the handler, which returns the whole response after the
// status line's "HTTP/1.1 " (e.g. "200 OK\r\nContent-Type: ...\r\n\r\nbody" via reply()).
class HttpStub : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Response(const QByteArray &method, const QByteArray &target)>;

    explicit HttpStub(Handler handler) : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    while (true) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
                        const QByteArray method = parts.value(0);
                        const QByteArray target = parts.value(1);
                        m_requests.append(target);
                        const Response response = m_handler(method, target);
                        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                        for (const auto &header : response.headers)
                            out += header.first + ": " + header.second + "\r\n";
                        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size())
                               + "\r\n\r\n" + response.body;
                        socket->write(out);
                    }
                });
            }
        });
    }
    ~HttpStub() override { deleteChildSockets<QTcpSocket>(this); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
};

// The query value of name in a request target ("/api/v3/klines?symbol=BTCUSDT&startTime=1").
inline QByteArray queryValue(const QByteArray &target, const QByteArray &name)
{
    const QByteArray query = target.mid(target.indexOf('?') + 1);
    for (const QByteArray &pair : query.split('&'))
        if (pair.startsWith(QByteArray(name + "=")))
            return pair.mid(name.size() + 1);
    return {};
}

// A Binance /api/v3/klines body: one row per minute of [from, from + rows), ascending.
inline QByteArray binanceKlineRows(qint64 fromMs, int rows, double base = 100.0)
{
    QByteArray body = "[";
    for (int i = 0; i < rows; ++i) {
        const qint64 open = fromMs + qint64(i) * 60'000;
        const double o = base + i % 7;
        if (i > 0)
            body += ',';
        body += "[" + QByteArray::number(open) + ",\"" + QByteArray::number(o, 'f', 2) + "\",\""
                + QByteArray::number(o + 2, 'f', 2) + "\",\"" + QByteArray::number(o - 1, 'f', 2) + "\",\""
                + QByteArray::number(o + 1, 'f', 2) + "\",\"1.5\"," + QByteArray::number(open + 59'999)
                + ",\"150.0\",10,\"0.7\",\"70.0\",\"0\"]";
    }
    return body + "]";
}

// A Binance trade frame.
inline QByteArray binanceTrade(qint64 id, qint64 timeMs, const char *price = "100.50", const char *symbol = "BTCUSDT")
{
    return "{\"e\":\"trade\",\"E\":" + QByteArray::number(timeMs) + ",\"s\":\"" + symbol + "\",\"t\":" + QByteArray::number(id)
           + ",\"p\":\"" + price + "\",\"q\":\"0.01000000\",\"T\":" + QByteArray::number(timeMs) + ",\"m\":false,\"M\":true}";
}

} // namespace cl::test
