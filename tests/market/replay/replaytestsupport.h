#pragma once

// Shared by the replay-server tests: a loopback WebSocket client that records frames, and small HTTP helpers.

#include "model/candle.h"

#include <QByteArray>
#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace cl::model {
// QCOMPARE prints candles with every digit.
inline char *toString(const Candle &c)
{
    return QTest::toString(QStringLiteral("{t=%1 o=%2 h=%3 l=%4 c=%5 v=%6}")
                               .arg(c.openTime)
                               .arg(c.open, 0, 'g', 17)
                               .arg(c.high, 0, 'g', 17)
                               .arg(c.low, 0, 'g', 17)
                               .arg(c.close, 0, 'g', 17)
                               .arg(c.volume, 0, 'g', 17));
}
} // namespace cl::model

namespace cl::test {

// 2026-06-01T00:00:30Z: a fixed "now" for the ManualClock (mid-minute on purpose).
constexpr qint64 kReplayNowMs = 1'780'272'030'000LL;

class FrameClient : public QObject
{
public:
    FrameClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, this,
                         [this](const QString &message) { frames.append(message.toUtf8()); });
        QObject::connect(&socket, &QWebSocket::disconnected, this, [this] { ++disconnects; });
    }
    bool open(const QUrl &url)
    {
        socket.open(url);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray &frame) { socket.sendTextMessage(QString::fromUtf8(frame)); }
    bool waitForFrames(qsizetype count, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return frames.size() >= count; }, timeoutMs);
    }

    QWebSocket socket;
    QList<QByteArray> frames;
    int disconnects = 0;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

inline HttpResult httpRequest(const QString &url, const QByteArray &method = "GET")
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    QNetworkReply *reply = method == "POST" ? manager.post(request, QByteArray()) : manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

// Writes raw bytes to the server and returns everything it answers until it closes (or the timeout).
inline QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    // Every answer this is used for ends with the server closing the connection.
    const bool closed = QTest::qWaitFor([&] {
        answer += socket.readAll();
        return socket.state() != QAbstractSocket::ConnectedState;
    }, timeoutMs);
    Q_UNUSED(closed);
    answer += socket.readAll();
    return answer;
}

} // namespace cl::test
