#pragma once

#include "model/symbol.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QThread;

namespace cl::market {
class ReplayServer;
}

namespace cl::app {

// `cryptolens --demo`: the built-in simulated exchange ("sim", Binance's protocol) running in-process on
// loopback, on its own thread so the window never waits for it. The feeds then connect to it exactly as
// they connect to a real exchange, so the demo exercises the whole live path offline.
class DemoExchange : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::vector<model::Symbol> symbols;
        quint64 seed = 7;
        double speed = 30.0;       // simulated minutes pass 30 times faster: a 1m candle closes every 2 s
        int historyMinutes = 4 * 1440; // what the first backfill finds, enough for 1h patterns
    };

    explicit DemoExchange(Options options, QObject *parent = nullptr);
    ~DemoExchange() override;

    // Starts the server thread and waits until it listens. False with *error when it cannot.
    bool start(QString *error);
    void stop();

    QString webSocketUrl() const { return m_webSocketUrl; }
    QString httpUrl() const { return m_httpUrl; }
    const std::vector<model::Symbol> &symbols() const { return m_options.symbols; }

    static std::vector<model::Symbol> defaultSymbols();

private:
    Options m_options;
    QThread *m_thread = nullptr;
    market::ReplayServer *m_server = nullptr; // lives on m_thread
    QString m_webSocketUrl;
    QString m_httpUrl;
};

} // namespace cl::app
