#pragma once

#include "candlerepository.h"
#include "model/candle.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"
#include "sqlconnection.h"
#include "symbolrepository.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace cl::storage {

// What a write job sees: the writer's connection and repositories sharing it, inside an open transaction.
struct WriteContext
{
    SqlConnection &connection;
    SymbolRepository &symbols;
    CandleRepository &candles;
};

// The single writer of DESIGN.md. It owns the only write connection, on its own thread, and takes jobs from a
// queue. A burst of jobs is committed as one transaction once it holds flushRows rows or its oldest job has
// waited flushIntervalMs; each job runs in a savepoint so one failing job does not lose the others.
// stop() drains the queue: every job enqueued before it is committed.
class StorageWriter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int flushIntervalMs = 250;
        int flushRows = 5000;
    };

    struct Stats
    {
        quint64 jobsCommitted = 0;
        quint64 rowsCommitted = 0;
        quint64 transactions = 0;
        quint64 failedJobs = 0;
        int queueDepth = 0;
        double lastCommitMs = 0.0;
    };

    // A job returns false with *error when it cannot write; its savepoint is rolled back.
    using Job = std::function<bool(WriteContext &, QString *error)>;
    using Ticket = quint64;

    explicit StorageWriter(QString databasePath, Options options, QObject *parent = nullptr);
    explicit StorageWriter(QString databasePath, QObject *parent = nullptr) : StorageWriter(std::move(databasePath), Options{}, parent) {}
    ~StorageWriter() override;

    // Opens the connection on the writer thread; false with *error when it cannot.
    bool start(QString *error);
    // Drains the queue, commits, closes the connection and joins the thread. Safe to call twice.
    void stop();

    // Thread-safe. rows is the job's weight for the flush threshold. Returns the job's ticket (0 when stopped).
    Ticket enqueue(Job job, int rows = 1);
    Ticket writeCandles(model::ExchangeId exchange, const model::Symbol &symbol, model::Timeframe timeframe,
                        model::CandleSeries candles);

    // Commits what is queued without waiting for the interval.
    void flush();
    // Blocks until the job with this ticket is committed (or failed) or timeoutMs passes.
    bool waitForCommitted(Ticket ticket, int timeoutMs = 30'000);
    Stats stats() const;

signals:
    void committed(quint64 lastTicket, int rows);
    void jobFailed(QString error);

private:
    struct QueuedJob
    {
        Ticket ticket;
        Job job;
        int rows;
    };

    void run();
    std::deque<QueuedJob> takeBurst(std::unique_lock<std::mutex> &lock);
    void commitBurst(std::deque<QueuedJob> &burst, WriteContext &context);

    QString m_path;
    Options m_options;
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;      // the writer waits here for work
    std::condition_variable m_progress;  // callers wait here for commits
    std::deque<QueuedJob> m_queue;
    int m_queuedRows = 0;
    std::chrono::steady_clock::time_point m_oldestQueued;
    bool m_flushRequested = false;
    bool m_stopping = false;
    bool m_running = false;
    Ticket m_nextTicket = 1;
    Ticket m_doneTicket = 0;
    Stats m_stats;
};

} // namespace cl::storage
