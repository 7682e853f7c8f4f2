#pragma once

#include "exchangeadapter.h"
#include "exchangeclock.h"
#include "reconnectbackoff.h"

#include <QObject>
#include <QString>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

namespace cl::market {

// REST 1m backfill (spec/feeds.md): pages of the adapter's klineRequest over QNetworkAccessManager, one
// request at a time within half the exchange's weight budget. 429/418 wait for Retry-After; 5xx, network
// errors and unusable bodies retry with backoff up to maxAttempts, then the range is reported as failed
// (the caller records a hole and retries it later). A row counts as closed only when the exchange's clock
// (ExchangeClock: server-time endpoint, message timestamps) is past its end, never by the local clock.
// Lives on one thread; its timers are created there.
class KlineBackfiller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxAttempts = 6;
        qint64 maxRetryAfterMs = 5 * 60'000;
        qint64 defaultRetryAfterMs = 60'000; // 429 without a usable Retry-After
        int transferTimeoutMs = 30'000;
        ReconnectBackoff::Options backoff{500, 30'000};
        quint64 seed = 0xbacc'f111ULL;
    };

    struct Result
    {
        model::Symbol symbol;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool ok = false;
        QString error;
        int candles = 0;
        qint64 lastClosedOpenMs = -1; // newest closed minute received, -1 when none
    };

    KlineBackfiller(ExchangeAdapter &adapter, ExchangeClock &clock, QNetworkAccessManager &network, Options options,
                    QObject *parent = nullptr);
    KlineBackfiller(ExchangeAdapter &adapter, ExchangeClock &clock, QNetworkAccessManager &network,
                    QObject *parent = nullptr)
        : KlineBackfiller(adapter, clock, network, Options{}, parent)
    {
    }

    // Queues the 1m open times [fromMs, toMs] of a symbol (aligned down to the minute); each queued request ends
    // with one finished(). False (nothing queued, no finished) for an empty range.
    bool request(const model::Symbol &symbol, qint64 fromMs, qint64 toMs);
    bool isIdle() const { return !m_busy && m_jobs.empty(); }
    int queued() const { return int(m_jobs.size()); }
    quint64 requestsSent() const { return m_requests; }

signals:
    // Closed candles of one page, ascending, within the requested range.
    void page(const cl::model::Symbol &symbol, const cl::model::CandleSeries &closed);
    void finished(const cl::market::KlineBackfiller::Result &result);
    void logLine(const QString &line);

private:
    struct Job
    {
        Result result;
        qint64 cursorFrom = 0;
        qint64 cursorTo = 0;
        int attempts = 0;
    };

    void startNext();
    void syncServerTime();
    void sendPage();
    void onPageReply(QNetworkReply *reply, const RestRequest &request);
    void retryLater(const QString &why, qint64 delayMs, bool countsAsAttempt);
    void finishJob(bool ok, const QString &error);
    qint64 weightDelayMs(int weight);

    ExchangeAdapter &m_adapter;
    ExchangeClock &m_clock;
    QNetworkAccessManager &m_network;
    Options m_options;
    ReconnectBackoff m_backoff;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    bool m_timeTried = false;
    quint64 m_requests = 0;
    std::deque<std::pair<qint64, int>> m_weights; // (local time, weight) of recent requests
};

} // namespace cl::market

Q_DECLARE_METATYPE(cl::market::KlineBackfiller::Result)
