#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace cl::test {

// A tiny HTTP/1.1 server on 127.0.0.1 that answers requests with a script: the n-th request gets the
// n-th answer (the last one repeats). An answer with hang = true never responds (a timeout for the
// client). Requests are recorded. Runs on its own thread so a test may block on a child process.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        Answer(int status_ = 200, QList<QPair<QByteArray, QByteArray>> headers_ = {}, bool hang_ = false)
            : status(status_), headers(std::move(headers_)), hang(hang_)
        {
        }
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QList<Answer> script);
    ~ScriptedHttpServer() override;

    quint16 port() const { return m_port; }
    QByteArray url() const;
    int requestCount() const;
    QList<Request> requests() const;
    void setScript(QList<Answer> script);

private:
    void start();
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QThread *m_thread = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Answer> m_script;
    QList<Request> m_requests;
};

} // namespace cl::test
