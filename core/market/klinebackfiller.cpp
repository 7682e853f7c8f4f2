#include "klinebackfiller.h"

#include "servertime.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace cl::market {

Q_LOGGING_CATEGORY(lcBackfill, "cryptolens.market.backfill")

namespace {
constexpr qint64 kMinuteMs = 60'000;

qint64 floorMinute(qint64 ms)
{
    return ms - ((ms % kMinuteMs) + kMinuteMs) % kMinuteMs;
}
} // namespace

KlineBackfiller::KlineBackfiller(ExchangeAdapter &adapter, ExchangeClock &clock, QNetworkAccessManager &network,
                                 Options options, QObject *parent)
    : QObject(parent), m_adapter(adapter), m_clock(clock), m_network(network), m_options(options),
      m_backoff(options.seed, options.backoff)
{
}

bool KlineBackfiller::request(const model::Symbol &symbol, qint64 fromMs, qint64 toMs)
{
    Job job;
    job.result.symbol = symbol;
    job.result.fromMs = floorMinute(fromMs);
    job.result.toMs = floorMinute(toMs);
    job.cursorFrom = job.result.fromMs;
    job.cursorTo = job.result.toMs;
    if (job.cursorFrom > job.cursorTo)
        return false;
    m_jobs.push_back(std::move(job));
    startNext();
    return true;
}

void KlineBackfiller::startNext()
{
    if (m_busy || m_jobs.empty())
        return;
    m_busy = true;
    m_backoff.reset();
    if (!m_clock.isSynchronized() && !m_timeTried)
        syncServerTime();
    else
        sendPage();
}

void KlineBackfiller::syncServerTime()
{
    m_timeTried = true;
    const QString path = ServerTime::path(m_adapter);
    if (path.isEmpty()) {
        sendPage();
        return;
    }
    QNetworkRequest http{QUrl(m_adapter.restBaseUrl() + path)};
    http.setTransferTimeout(m_options.transferTimeoutMs);
    const qint64 sentAt = m_clock.local().nowMs();
    QNetworkReply *reply = m_network.get(http);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt] {
        reply->deleteLater();
        const qint64 mid = (sentAt + m_clock.local().nowMs()) / 2;
        std::optional<qint64> server;
        if (reply->error() == QNetworkReply::NoError)
            server = ServerTime::parse(m_adapter, reply->readAll());
        if (!server && reply->hasRawHeader("Date"))
            server = ServerTime::parseHttpDate(reply->rawHeader("Date"));
        if (server)
            m_clock.setServerTime(*server, mid);
        else
            emit logLine(QStringLiteral("%1 server time unavailable; closing backfill rows by message times")
                             .arg(m_adapter.name()));
        sendPage();
    });
}

qint64 KlineBackfiller::weightDelayMs(int weight)
{
    const RestLimits limits = m_adapter.restLimits();
    if (limits.weightBudget <= 0 || limits.budgetWindowMs <= 0)
        return 0;
    const qint64 now = m_clock.local().nowMs();
    while (!m_weights.empty() && now - m_weights.front().first >= limits.budgetWindowMs)
        m_weights.pop_front();
    int used = 0;
    for (const auto &entry : m_weights)
        used += entry.second;
    // Half of the IP's budget, like the connection budget: other clients on the IP share it.
    if (m_weights.empty() || used + weight <= std::max(weight, limits.weightBudget / 2))
        return 0;
    return std::max<qint64>(1, m_weights.front().first + limits.budgetWindowMs - now);
}

void KlineBackfiller::sendPage()
{
    if (m_jobs.empty()) {
        m_busy = false;
        return;
    }
    Job &job = m_jobs.front();
    const RestRequest request = m_adapter.klineRequest(job.result.symbol, job.cursorFrom, job.cursorTo);
    if (request.isNull()) {
        finishJob(true, QString());
        return;
    }
    if (const qint64 wait = weightDelayMs(request.weight); wait > 0) {
        QTimer::singleShot(int(std::min<qint64>(wait, 60'000)), this, &KlineBackfiller::sendPage);
        return;
    }
    m_weights.emplace_back(m_clock.local().nowMs(), request.weight);
    QNetworkRequest http{QUrl(request.url)};
    http.setTransferTimeout(m_options.transferTimeoutMs);
    ++m_requests;
    QNetworkReply *reply = request.method == "POST" ? m_network.post(http, request.body) : m_network.get(http);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request] { onPageReply(reply, request); });
}

void KlineBackfiller::onPageReply(QNetworkReply *reply, const RestRequest &request)
{
    reply->deleteLater();
    if (m_jobs.empty())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 429 || status == 418) {
        bool ok = false;
        const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        const qint64 wait = ok && seconds >= 0 ? std::min(seconds * 1000, m_options.maxRetryAfterMs)
                                               : m_options.defaultRetryAfterMs;
        retryLater(QStringLiteral("HTTP %1, retry after %2 s").arg(status).arg(double(wait) / 1000.0), wait, false);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status >= 300 || status == 0) {
        const QString why = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        if (status >= 400 && status < 500) {
            finishJob(false, QStringLiteral("%1 backfill %2: %3").arg(m_adapter.name(), request.url, why));
            return;
        }
        retryLater(why, m_backoff.nextDelayMs(), true);
        return;
    }
    if (reply->hasRawHeader("Date"))
        if (const auto date = ServerTime::parseHttpDate(reply->rawHeader("Date")))
            m_clock.observe(*date);
    const QByteArray body = reply->readAll();
    const qint64 closedBefore = m_clock.nowMs();
    const KlinePage klines = m_adapter.parseKlines(body, kMinuteMs, closedBefore);
    if (!klines.ok) {
        retryLater(klines.error, m_backoff.nextDelayMs(), true);
        return;
    }
    if (klines.rejectedRows > 0)
        qCWarning(lcBackfill).noquote() << m_adapter.name() << klines.rejectedRows << "rejected kline rows:"
                                        << klines.rejectReasons.join(QStringLiteral("; "));
    Job &job = m_jobs.front();
    job.attempts = 0;
    m_backoff.reset();
    model::CandleSeries closed;
    closed.reserve(klines.closed.size());
    for (const model::Candle &candle : klines.closed)
        if (candle.openTime >= job.result.fromMs && candle.openTime <= job.result.toMs)
            closed.push_back(candle);
    if (!closed.empty()) {
        job.result.candles += int(closed.size());
        job.result.lastClosedOpenMs = std::max(job.result.lastClosedOpenMs, closed.back().openTime);
        emit page(job.result.symbol, closed);
    }
    const bool forward = m_adapter.restLimits().paging == RestLimits::Paging::Forward;
    if (forward)
        job.cursorFrom = request.coveredToMs + kMinuteMs;
    else
        job.cursorTo = request.coveredFromMs - kMinuteMs;
    // Going forward, a page that reached the exchange's present ends the job: later minutes are not closed.
    const bool reachedPresent = forward && (!klines.forming.empty() || request.coveredToMs + kMinuteMs > closedBefore);
    if (job.cursorFrom > job.cursorTo || reachedPresent)
        finishJob(true, QString());
    else
        sendPage();
}

void KlineBackfiller::retryLater(const QString &why, qint64 delayMs, bool countsAsAttempt)
{
    Job &job = m_jobs.front();
    if (countsAsAttempt && ++job.attempts >= m_options.maxAttempts) {
        finishJob(false, QStringLiteral("%1 backfill of %2 failed after %3 attempts: %4")
                             .arg(m_adapter.name(), job.result.symbol.toString())
                             .arg(job.attempts)
                             .arg(why));
        return;
    }
    emit logLine(QStringLiteral("%1 backfill %2: %3; retrying in %4 s")
                     .arg(m_adapter.name(), job.result.symbol.toString(), why)
                     .arg(double(delayMs) / 1000.0, 0, 'f', 1));
    QTimer::singleShot(int(std::clamp<qint64>(delayMs, 0, 10 * 60'000)), this, &KlineBackfiller::sendPage);
}

void KlineBackfiller::finishJob(bool ok, const QString &error)
{
    Result result = m_jobs.front().result;
    m_jobs.pop_front();
    result.ok = ok;
    result.error = error;
    if (!ok)
        qCWarning(lcBackfill).noquote() << error;
    m_busy = false;
    emit finished(result);
    startNext();
}

} // namespace cl::market
