#include "demoexchange.h"

#include "market/replay/replayserver.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QThread>

Q_LOGGING_CATEGORY(lcDemo, "cryptolens.app.demo")

namespace cl::app {

DemoExchange::DemoExchange(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (m_options.symbols.empty())
        m_options.symbols = defaultSymbols();
}

DemoExchange::~DemoExchange()
{
    stop();
}

std::vector<model::Symbol> DemoExchange::defaultSymbols()
{
    std::vector<model::Symbol> symbols;
    for (const char *text : {"BTC/USDT", "ETH/USDT", "SOL/USDT"})
        if (auto symbol = model::Symbol::parse(QString::fromLatin1(text)))
            symbols.push_back(*symbol);
    return symbols;
}

bool DemoExchange::start(QString *error)
{
    if (m_thread)
        return true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("demo-exchange"));
    m_thread->start();

    market::ReplayServer::Options options;
    options.exchange = model::ExchangeId::Sim;
    options.mode = market::ReplayServer::Mode::Simulate;
    options.symbols = m_options.symbols;
    options.seed = m_options.seed;
    options.speed = m_options.speed;
    options.historyMinutes = m_options.historyMinutes;

    // The server's sockets and timers must be created on its own thread.
    bool started = false;
    QString failure;
    auto *server = new market::ReplayServer(options);
    server->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        server,
        [server, &started, &failure] {
            started = server->start(0);
            if (!started)
                failure = server->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        if (error)
            *error = tr("The demo exchange could not start: %1").arg(failure);
        QMetaObject::invokeMethod(server, &QObject::deleteLater);
        stop();
        return false;
    }
    m_server = server;
    m_webSocketUrl = server->webSocketUrl();
    m_httpUrl = server->httpUrl();
    qCInfo(lcDemo).noquote() << "demo exchange" << server->listeningLine();
    return true;
}

void DemoExchange::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        market::ReplayServer *server = m_server;
        QMetaObject::invokeMethod(
            server,
            [server] {
                server->stop();
                delete server;
            },
            Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace cl::app
