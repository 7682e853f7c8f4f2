// ReplayServer's HTTP side: telling WebSocket upgrades from REST requests on the shared port, and the REST
// endpoints (Binance's /api/v3 for the simulated market, KuCoin's bullet-public token).

#include "replayserver.h"

#include "binanceframes.h"
#include "httprequest.h"
#include "simulatedmarket.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocketServer>

#include <algorithm>

namespace cl::market {

namespace {

bool isSimulatedPath(const QString &path)
{
    return path == QLatin1String("/ws") || path.startsWith(QLatin1String("/ws/")) || path == QLatin1String("/stream");
}

} // namespace

// --- TCP: WebSocket or HTTP ----------------------------------------------------------------------------

void ReplayServer::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onTcpReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ReplayServer::onTcpReadyRead(QTcpSocket *socket)
{
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() > 0) {
        // Peek, do not read: an upgrade goes to the QWebSocketServer with its handshake unread.
        const HttpRequest request = HttpRequest::parse(socket->peek(socket->bytesAvailable()));
        if (request.status == HttpRequest::Status::Incomplete)
            return;
        if (request.status != HttpRequest::Status::Complete) {
            ++m_stats.httpRequests;
            ++m_stats.httpErrors;
            const int status = request.status == HttpRequest::Status::TooLarge ? 431 : 400;
            socket->write(httpResponse(status, binanceframes::error(-1100, request.problem), true));
            socket->disconnectFromHost();
            return;
        }
        if (request.isWebSocketUpgrade()) {
            if (m_options.mode == Mode::Simulate && !isSimulatedPath(request.path)) {
                ++m_stats.httpErrors;
                socket->write(httpResponse(404, binanceframes::error(-1, QStringLiteral("no stream at %1").arg(request.path)), true));
                socket->disconnectFromHost();
                return;
            }
            QObject::disconnect(socket, nullptr, this, nullptr);
            QObject::disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            m_upgrading.append(socket);
            m_webSockets->handleConnection(socket);
            return;
        }
        socket->read(request.length);
        answerHttp(socket, request);
        if (request.wantsClose()) {
            socket->disconnectFromHost();
            return;
        }
    }
}

void ReplayServer::answerHttp(QTcpSocket *socket, const HttpRequest &request)
{
    ++m_stats.httpRequests;
    int status = 200;
    const QByteArray host = request.header("host").isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(port()).toLatin1()
                                                              : request.header("host");
    const QByteArray body = restBody(request, host, &status);
    if (status >= 400)
        ++m_stats.httpErrors;
    socket->write(httpResponse(status, body, request.wantsClose()));
}

QByteArray ReplayServer::restBody(const HttpRequest &request, const QByteArray &host, int *status)
{
    const QString &path = request.path;
    if (path == QLatin1String("/api/v1/bullet-public")) {
        if (request.method != "POST") {
            *status = 405;
            return R"({"code":"400100","msg":"use POST"})";
        }
        // KuCoin's token answer; the token is opaque to clients and checked by nobody here.
        return QByteArray(R"({"code":"200000","data":{"token":"replay-token-)") + QByteArray::number(m_stats.httpRequests)
            + R"(","instanceServers":[{"endpoint":"ws://)" + host
            + R"(/","encrypt":false,"protocol":"websocket","pingInterval":18000,"pingTimeout":10000}]}})";
    }
    if (request.method != "GET") {
        *status = 405;
        return binanceframes::error(-1, QStringLiteral("method %1 not allowed on %2").arg(QString::fromLatin1(request.method), path));
    }
    if (path == QLatin1String("/api/v3/ping"))
        return "{}";
    if (path == QLatin1String("/api/v3/time")) {
        pump();
        return "{\"serverTime\":" + QByteArray::number(m_market ? m_market->now() : m_clock->nowMs()) + '}';
    }
    if (m_market && path == QLatin1String("/api/v3/exchangeInfo")) {
        pump();
        return binanceframes::exchangeInfo(*m_market, m_market->now());
    }
    if (m_market && path == QLatin1String("/api/v3/klines"))
        return binanceKlines(request, status);
    *status = 404;
    return binanceframes::error(-1, QStringLiteral("unknown path %1").arg(path));
}

QByteArray ReplayServer::binanceKlines(const HttpRequest &request, int *status)
{
    *status = 400;
    const QUrlQuery &query = request.query;
    for (const char *mandatory : {"symbol", "interval"}) {
        if (query.queryItemValue(QLatin1String(mandatory)).isEmpty())
            return binanceframes::error(-1102, QStringLiteral("Mandatory parameter '%1' was not sent, was empty/null, or malformed.")
                                                   .arg(QLatin1String(mandatory)));
    }
    const int symbol = m_market->indexOfNative(query.queryItemValue(QStringLiteral("symbol")));
    if (symbol < 0 || query.queryItemValue(QStringLiteral("symbol")) != query.queryItemValue(QStringLiteral("symbol")).toUpper())
        return binanceframes::error(-1121, QStringLiteral("Invalid symbol."));
    if (query.queryItemValue(QStringLiteral("interval")) != QLatin1String("1m"))
        return binanceframes::error(-1120, QStringLiteral("Invalid interval."));
    qint64 values[3] = {-1, -1, 500};
    const char *names[3] = {"startTime", "endTime", "limit"};
    for (int i = 0; i < 3; ++i) {
        const QString text = query.queryItemValue(QLatin1String(names[i]));
        if (text.isEmpty())
            continue;
        bool ok = false;
        values[i] = text.toLongLong(&ok);
        if (!ok || values[i] < 0 || text.size() > 20)
            return binanceframes::error(-1100, QStringLiteral("Illegal characters found in parameter '%1'; legal range is '^[0-9]{1,20}$'.")
                                                   .arg(QLatin1String(names[i])));
    }
    if (values[0] >= 0 && values[1] >= 0 && values[0] > values[1])
        return binanceframes::error(-1023, QStringLiteral("Start time is greater than end time."));
    if (values[2] < 1)
        return binanceframes::error(-1100, QStringLiteral("Illegal characters found in parameter 'limit'; legal range is '^[0-9]{1,20}$'."));
    // Binance caps limit at 1000 rather than refusing a larger one.
    const int limit = int(std::min<qint64>(values[2], 1000));
    pump();
    *status = 200;
    return binanceframes::klineRows(m_market->klines(symbol, values[0], values[1], limit), m_market->priceDecimals(symbol));
}

} // namespace cl::market
