// HttpRequest: the replay server's request reader. Complete, incomplete, malformed, huge and pipelined input.

#include "market/replay/httprequest.h"

#include <QTest>

using cl::market::HttpRequest;
using Status = HttpRequest::Status;

Q_DECLARE_METATYPE(HttpRequest::Status)

class TestHttpRequest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void readsQueryHeadersAndBody();
    void pipelinedRequestsAreReadOneByOne();
    void detectsWebSocketUpgrade();
    void responseHasLengthAndConnection();
};

void TestHttpRequest::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::newRow("get") << QByteArray("GET /api/v3/time HTTP/1.1\r\nHost: a\r\n\r\n") << Status::Complete;
    QTest::newRow("http 1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << Status::Complete;
    QTest::newRow("empty") << QByteArray() << Status::Incomplete;
    QTest::newRow("half a request line") << QByteArray("GET /api/v3/ti") << Status::Incomplete;
    QTest::newRow("headers not ended") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << Status::Incomplete;
    QTest::newRow("body not all there") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345") << Status::Incomplete;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03 x", 14) << Status::Malformed;
    QTest::newRow("no target") << QByteArray("GET\r\n\r\n") << Status::Malformed;
    QTest::newRow("relative target") << QByteArray("GET api HTTP/1.1\r\n\r\n") << Status::Malformed;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << Status::Malformed;
    QTest::newRow("four parts") << QByteArray("GET / x HTTP/1.1\r\n\r\n") << Status::Malformed;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << Status::Malformed;
    QTest::newRow("header with space in name") << QByteArray("GET / HTTP/1.1\r\nHo st: a\r\n\r\n") << Status::Malformed;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << Status::Malformed;
    QTest::newRow("text length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: ten\r\n\r\n") << Status::Malformed;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << Status::Malformed;
    QTest::newRow("huge body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n") << Status::TooLarge;
    QTest::newRow("huge headers, unterminated") << QByteArray("GET /" + QByteArray(20'000, 'a')) << Status::TooLarge;
    QTest::newRow("huge headers, terminated") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(20'000, 'a') + "\r\n\r\n")
                                              << Status::TooLarge;
}

void TestHttpRequest::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    const HttpRequest request = HttpRequest::parse(bytes);
    QCOMPARE(request.status, status);
    if (status == Status::Malformed || status == Status::TooLarge)
        QVERIFY(!request.problem.isEmpty());
}

void TestHttpRequest::readsQueryHeadersAndBody()
{
    const QByteArray bytes = "POST /api/v1/bullet-public?a=1&b=x%20y HTTP/1.1\r\nHost: 127.0.0.1:9\r\nCONTENT-LENGTH: 4\r\n\r\nbodyEXTRA";
    const HttpRequest request = HttpRequest::parse(bytes);
    QCOMPARE(request.status, Status::Complete);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v1/bullet-public"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("a")), QStringLiteral("1"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("b"), QUrl::FullyDecoded), QStringLiteral("x y"));
    QCOMPARE(request.header("host"), QByteArray("127.0.0.1:9"));
    QCOMPARE(request.body, QByteArray("body"));
    QCOMPARE(request.length, bytes.size() - 5);
    QVERIFY(!request.wantsClose());
}

void TestHttpRequest::pipelinedRequestsAreReadOneByOne()
{
    QByteArray bytes = "GET /one HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\nConnection: close\r\n\r\n";
    const HttpRequest first = HttpRequest::parse(bytes);
    QCOMPARE(first.path, QStringLiteral("/one"));
    bytes.remove(0, first.length);
    const HttpRequest second = HttpRequest::parse(bytes);
    QCOMPARE(second.path, QStringLiteral("/two"));
    QVERIFY(second.wantsClose());
    QCOMPARE(second.length, bytes.size());
}

void TestHttpRequest::detectsWebSocketUpgrade()
{
    const HttpRequest upgrade = HttpRequest::parse("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                                                   "Sec-WebSocket-Key: x\r\n\r\n");
    QVERIFY(upgrade.isWebSocketUpgrade());
    QVERIFY(!HttpRequest::parse("GET /ws HTTP/1.1\r\nConnection: Upgrade\r\n\r\n").isWebSocketUpgrade());
}

void TestHttpRequest::responseHasLengthAndConnection()
{
    const QByteArray response = cl::market::httpResponse(404, "{}", true, {{"Retry-After", "3"}});
    QVERIFY(response.startsWith("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(response.contains("Content-Length: 2\r\n"));
    QVERIFY(response.contains("Connection: close\r\n"));
    QVERIFY(response.contains("Retry-After: 3\r\n"));
    QVERIFY(response.endsWith("\r\n\r\n{}"));
}

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
