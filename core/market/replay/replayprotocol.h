#pragma once

#include "model/exchangeid.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace cl::market {

// How each exchange's server behaves around a recorded tape (feeds/MANIFEST.md "client frames the replay
// server should expect"): which recorded frames it sends on connect before any subscription (KuCoin's
// welcome, Kraken's status), which client frames start the stream, and how it answers a client ping
// (Bybit {"op":"ping"}, OKX literal "ping", Kraken {"method":"ping"}, KuCoin {"type":"ping"}).
class ReplayProtocol
{
public:
    // Coinbase Exchange and Advanced Trade share ExchangeId::Coinbase; their frames differ but not their rules.
    explicit ReplayProtocol(model::ExchangeId exchange) : m_exchange(exchange) {}

    // The number of leading frames of the tape a server sends as soon as the socket opens.
    int greetingCount(const QList<QByteArray> &frames) const;
    bool isSubscribe(const QByteArray &clientFrame) const;
    // The exchange's answer to a ping frame, or nothing when the frame is not a ping.
    std::optional<QByteArray> pingReply(const QByteArray &clientFrame, qint64 nowMs) const;

private:
    bool isGreeting(const QByteArray &frame) const;

    model::ExchangeId m_exchange;
};

// Reads a frames file: one raw frame per line, exactly as stored (OKX's "pong" line is a frame too).
// Empty lines are skipped. Returns false with *error naming the file when it cannot be read.
bool loadFrames(const QString &path, QList<QByteArray> *frames, QString *error);

} // namespace cl::market
