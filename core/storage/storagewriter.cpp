#include "storagewriter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <future>

Q_LOGGING_CATEGORY(lcWriter, "cryptolens.storage.writer")

namespace cl::storage {

StorageWriter::StorageWriter(QString databasePath, Options options, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_options(options)
{
}

StorageWriter::~StorageWriter()
{
    stop();
}

bool StorageWriter::start(QString *error)
{
    std::promise<QString> opened;
    auto openedResult = opened.get_future();
    m_stopping = false;
    m_thread = std::thread([this, &opened] {
        SqlConnection connection;
        QString openError;
        if (!connection.open(m_path, SqlConnection::Mode::ReadWrite, &openError)) {
            opened.set_value(openError);
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_running = true;
        }
        opened.set_value(QString());
        SymbolRepository symbols(connection);
        CandleRepository candles(connection);
        WriteContext context{connection, symbols, candles};
        std::unique_lock lock(m_mutex);
        while (true) {
            std::deque<QueuedJob> burst = takeBurst(lock);
            if (burst.empty())
                break;
            lock.unlock();
            commitBurst(burst, context);
            lock.lock();
        }
        m_running = false;
        m_progress.notify_all();
    });
    const QString openError = openedResult.get();
    if (!openError.isEmpty()) {
        m_thread.join();
        if (error)
            *error = openError;
        return false;
    }
    return true;
}

void StorageWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

StorageWriter::Ticket StorageWriter::enqueue(Job job, int rows)
{
    std::lock_guard lock(m_mutex);
    if (!m_running || m_stopping)
        return 0;
    if (m_queue.empty())
        m_oldestQueued = std::chrono::steady_clock::now();
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ticket, std::move(job), rows});
    m_queuedRows += rows;
    if (m_queuedRows >= m_options.flushRows || m_queue.size() == 1)
        m_wake.notify_one();
    return ticket;
}

StorageWriter::Ticket StorageWriter::writeCandles(model::ExchangeId exchange, const model::Symbol &symbol,
                                                  model::Timeframe timeframe, model::CandleSeries candles)
{
    const int rows = int(candles.size());
    return enqueue(
        [exchange, symbol, timeframe, candles = std::move(candles)](WriteContext &context, QString *error) {
            const auto symbolId = context.symbols.ensure(exchange, symbol, error);
            return symbolId && context.candles.upsert(*symbolId, timeframe, candles, nullptr, error);
        },
        rows);
}

void StorageWriter::flush()
{
    {
        std::lock_guard lock(m_mutex);
        m_flushRequested = true;
    }
    m_wake.notify_one();
}

bool StorageWriter::waitForCommitted(Ticket ticket, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                               [&] { return m_doneTicket >= ticket || !m_running; })
        && m_doneTicket >= ticket;
}

StorageWriter::Stats StorageWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    Stats stats = m_stats;
    stats.queueDepth = int(m_queue.size());
    return stats;
}

// Waits (under the lock) until a burst is due: enough rows, the oldest job old enough, a flush or stop.
std::deque<StorageWriter::QueuedJob> StorageWriter::takeBurst(std::unique_lock<std::mutex> &lock)
{
    m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
    if (m_queue.empty())
        return {};
    const auto deadline = m_oldestQueued + std::chrono::milliseconds(m_options.flushIntervalMs);
    m_wake.wait_until(lock, deadline,
                      [&] { return m_queuedRows >= m_options.flushRows || m_flushRequested || m_stopping; });
    m_flushRequested = false;
    m_queuedRows = 0;
    return std::exchange(m_queue, {});
}

void StorageWriter::commitBurst(std::deque<QueuedJob> &burst, WriteContext &context)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    int rows = 0;
    quint64 failed = 0;
    if (!context.connection.exec("BEGIN IMMEDIATE", &error))
        qCWarning(lcWriter) << "cannot begin a transaction:" << error;
    for (QueuedJob &queued : burst) {
        context.connection.exec("SAVEPOINT job", &error);
        QString jobError;
        if (queued.job(context, &jobError)) {
            context.connection.exec("RELEASE job", &error);
            rows += queued.rows;
        } else {
            context.connection.exec("ROLLBACK TO job; RELEASE job", &error);
            ++failed;
            qCWarning(lcWriter) << "write job failed:" << jobError;
            emit jobFailed(jobError);
        }
    }
    if (!context.connection.exec("COMMIT", &error))
        qCCritical(lcWriter) << "commit failed:" << error;
    const Ticket last = burst.back().ticket;
    {
        std::lock_guard lock(m_mutex);
        m_doneTicket = last;
        m_stats.jobsCommitted += burst.size() - failed;
        m_stats.failedJobs += failed;
        m_stats.rowsCommitted += quint64(rows);
        m_stats.transactions += 1;
        m_stats.lastCommitMs = double(timer.nsecsElapsed()) / 1e6;
    }
    m_progress.notify_all();
    emit committed(last, rows);
}

} // namespace cl::storage
