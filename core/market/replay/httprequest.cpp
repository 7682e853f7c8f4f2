#include "httprequest.h"

#include <QUrl>

#include <cctype>

namespace cl::market {

namespace {

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '!' || c == '#' || c == '$'
              || c == '%' || c == '&' || c == '\'' || c == '*' || c == '+' || c == '.' || c == '^' || c == '`'
              || c == '|' || c == '~'))
            return false;
    }
    return true;
}

HttpRequest fail(HttpRequest::Status status, const QString &problem)
{
    HttpRequest request;
    request.status = status;
    request.problem = problem;
    return request;
}

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return header("upgrade").toLower() == "websocket" && header("connection").toLower().contains("upgrade");
}

bool HttpRequest::wantsClose() const
{
    return header("connection").toLower().contains("close");
}

HttpRequest HttpRequest::parse(const QByteArray &bytes)
{
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (bytes.size() > kMaxHeaderBytes)
            return fail(Status::TooLarge, QStringLiteral("request headers larger than %1 bytes").arg(kMaxHeaderBytes));
        // A request line must start with a method: reject binary garbage early instead of waiting for more.
        const qsizetype firstSpace = bytes.indexOf(' ');
        const QByteArray head = bytes.left(firstSpace < 0 ? bytes.size() : firstSpace);
        if ((firstSpace >= 0 || head.size() > 16) && !isToken(head))
            return fail(Status::Malformed, QStringLiteral("request line does not start with a method"));
        return {};
    }
    if (headerEnd > kMaxHeaderBytes)
        return fail(Status::TooLarge, QStringLiteral("request headers larger than %1 bytes").arg(kMaxHeaderBytes));

    const QList<QByteArray> lines = bytes.left(headerEnd).split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/'))
        return fail(Status::Malformed, QStringLiteral("bad request line \"%1\"").arg(QString::fromLatin1(requestLine.left(200))));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(Status::Malformed, QStringLiteral("unsupported protocol \"%1\"").arg(QString::fromLatin1(parts[2].left(40))));

    HttpRequest request;
    request.method = parts[0];
    request.target = parts[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return fail(Status::Malformed, QStringLiteral("bad header line %1").arg(i + 1));
        request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    const QUrl url(QString::fromLatin1(request.target), QUrl::StrictMode);
    if (!url.isValid())
        return fail(Status::Malformed, QStringLiteral("bad request target"));
    request.path = url.path();
    request.query = QUrlQuery(url);

    qsizetype bodyLength = 0;
    const QByteArray contentLength = request.header("content-length");
    if (!contentLength.isEmpty()) {
        bool ok = false;
        bodyLength = contentLength.toLongLong(&ok);
        if (!ok || bodyLength < 0)
            return fail(Status::Malformed, QStringLiteral("bad Content-Length"));
        if (bodyLength > kMaxBodyBytes)
            return fail(Status::TooLarge, QStringLiteral("body larger than %1 bytes").arg(kMaxBodyBytes));
    } else if (!request.header("transfer-encoding").isEmpty()) {
        return fail(Status::Malformed, QStringLiteral("chunked request bodies are not supported"));
    }
    const qsizetype total = headerEnd + 4 + bodyLength;
    if (bytes.size() < total)
        return {};
    request.body = bytes.mid(headerEnd + 4, bodyLength);
    request.length = total;
    request.status = Status::Complete;
    return request;
}

QByteArray httpResponse(int status, const QByteArray &body, bool close, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray out("HTTP/1.1 ");
    out.append(QByteArray::number(status)).append(' ').append(reason(status)).append("\r\n");
    out.append("Content-Type: application/json;charset=UTF-8\r\nContent-Length: ").append(QByteArray::number(body.size()));
    out.append(close ? "\r\nConnection: close\r\n" : "\r\nConnection: keep-alive\r\n");
    for (const auto &[name, value] : extraHeaders)
        out.append(name).append(": ").append(value).append("\r\n");
    out.append("\r\n").append(body);
    return out;
}

} // namespace cl::market
