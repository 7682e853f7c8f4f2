#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cl::market {

// One HTTP/1.1 request read from the front of a connection's bytes. Enough HTTP for the REST calls of the
// exchange clients (GET and POST, Content-Length bodies, keep-alive), strict about everything else.
struct HttpRequest
{
    enum class Status : quint8 {
        Incomplete, // need more bytes
        Complete,
        Malformed, // answer 400 and close
        TooLarge,  // answer 431 / 413 and close
    };

    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    Status status = Status::Incomplete;
    QString problem;   // why it is Malformed / TooLarge
    qsizetype length = 0; // bytes of the request, headers and body, when Complete
    QByteArray method;
    QByteArray target; // "/api/v3/klines?symbol=BTCUSDT"
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    bool isWebSocketUpgrade() const;
    bool wantsClose() const;

    // Reads the request at the front of bytes (which are not consumed).
    static HttpRequest parse(const QByteArray &bytes);
};

// "HTTP/1.1 200 OK" with JSON body, Content-Length and keep-alive (or close).
QByteArray httpResponse(int status, const QByteArray &body, bool close,
                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

} // namespace cl::market
