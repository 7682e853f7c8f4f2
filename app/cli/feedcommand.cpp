#include "feedcommand.h"

#include "analysis/analysisworker.h"
#include "clioptions.h"
#include "engine/marketdataservice.h"
#include "model/systemclock.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

namespace cl::cli {

namespace {

std::atomic<int> g_stopSignal{0};

extern "C" void onStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

int FeedCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli feed"),
                       QStringLiteral("Headless ingest: backfill 1m candles over REST, stream trades and candles, build\n"
                                      "every timeframe, store them and run detection on closed candles. Stops on\n"
                                      "SIGINT/SIGTERM or after --duration with every closed candle stored."));
    options.addOption({QStringLiteral("exchange"), QStringLiteral("Exchange id."), QStringLiteral("E")});
    options.addOption({QStringLiteral("symbols"), QStringLiteral("Comma-separated BASE/QUOTE list."), QStringLiteral("LIST")});
    options.addOption({QStringLiteral("endpoint"), QStringLiteral("WebSocket base URL (a local replay server)."),
                       QStringLiteral("WS_URL")});
    options.addOption({QStringLiteral("rest-endpoint"), QStringLiteral("REST base URL."), QStringLiteral("HTTP_URL")});
    options.addOption({QStringLiteral("duration"), QStringLiteral("Stop after this many seconds (default: run until signalled)."),
                       QStringLiteral("SECONDS")});
    options.addOption({QStringLiteral("backfill"),
                       QStringLiteral("Minutes of 1m history to backfill when none is stored (default 60)."),
                       QStringLiteral("MINUTES")});
    options.addOption({QStringLiteral("no-detect"), QStringLiteral("Do not run pattern detection.")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const auto exchange = options.exchange(context);
    if (!exchange)
        return UserError;
    if (!options.require(context, QStringLiteral("symbols")))
        return UserError;
    QList<model::Symbol> symbols;
    for (const QString &text : options.value(QStringLiteral("symbols")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString error;
        const auto symbol = model::Symbol::parse(text.trimmed(), &error);
        if (!symbol) {
            context.err << "option --symbols: " << error << "\n";
            return UserError;
        }
        if (!symbols.contains(*symbol))
            symbols.append(*symbol);
    }
    if (symbols.isEmpty()) {
        context.err << "option --symbols: no symbol given\n";
        return UserError;
    }
    auto readNumber = [&](const QString &name, qint64 fallback, qint64 minimum) -> std::optional<qint64> {
        if (!options.isSet(name))
            return fallback;
        bool ok = false;
        const qint64 value = options.value(name).toLongLong(&ok);
        if (!ok || value < minimum) {
            context.err << "option --" << name << ": expected a whole number >= " << minimum << ", got '"
                        << options.value(name) << "'\n";
            return std::nullopt;
        }
        return value;
    };
    const auto duration = readNumber(QStringLiteral("duration"), 0, 1);
    const auto backfill = readNumber(QStringLiteral("backfill"), 60, 0);
    if (!duration || !backfill)
        return UserError;

    {
        storage::SqlConnection connection; // creates / migrates the database, then the writer owns writing
        if (!options.openDatabase(context, connection))
            return UserError;
    }
    const QString databasePath = options.databasePath();
    storage::StorageWriter writer(databasePath);
    QString error;
    if (!writer.start(&error)) {
        context.err << "cannot open the database for writing: " << error << "\n";
        return InternalError;
    }

    model::SystemClock &clock = model::SystemClock::instance();
    std::unique_ptr<QThread> analysisThread;
    std::unique_ptr<analysis::AnalysisWorker> analysis;
    if (!options.isSet(QStringLiteral("no-detect"))) {
        analysisThread = std::make_unique<QThread>();
        analysis = std::make_unique<analysis::AnalysisWorker>(writer, databasePath, clock);
        analysis->moveToThread(analysisThread.get());
        analysisThread->start();
    }

    engine::MarketDataService::Options serviceOptions;
    serviceOptions.databasePath = databasePath;
    serviceOptions.backfillMinutes = int(*backfill);
    engine::MarketDataService service(writer, clock, serviceOptions);
    if (analysis)
        service.setAnalysisWorker(analysis.get());
    service.setEndpoints(*exchange, options.value(QStringLiteral("endpoint")), options.value(QStringLiteral("rest-endpoint")));

    quint64 closedMinutes = 0;
    quint64 closedHigher = 0;
    int reconnects = 0;
    QObject::connect(&service, &engine::MarketDataService::logLine, &service,
                     [&context](const QString &line) {
                         context.err << stamp() << ' ' << line << "\n";
                         context.err.flush();
                     });
    QObject::connect(&service, &engine::MarketDataService::candlesClosed, &service,
                     [&](const market::ClosedCandles &closed) {
                         (closed.timeframe == model::Timeframe::M1 ? closedMinutes : closedHigher) += closed.candles.size();
                     });
    QObject::connect(&service, &engine::MarketDataService::statusChanged, &service,
                     [&reconnects](const market::FeedStatus &status) { reconnects = std::max(reconnects, status.reconnects); });

    QEventLoop loop;
    g_stopSignal.store(0);
    auto previousInt = std::signal(SIGINT, onStopSignal);
    auto previousTerm = std::signal(SIGTERM, onStopSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &loop, [&loop] {
        if (g_stopSignal.load() != 0)
            loop.quit();
    });
    signalPoll.start(100);
    if (*duration > 0)
        QTimer::singleShot(int(*duration * 1000), &loop, &QEventLoop::quit);

    context.err << stamp() << " feed " << model::exchangeIdToString(*exchange) << ": " << symbols.size()
                << " symbol(s), backfill " << *backfill << " min"
                << (*duration > 0 ? QStringLiteral(", duration %1 s").arg(*duration) : QString()) << "\n";
    context.err.flush();
    service.setSymbols(*exchange, symbols);
    loop.exec();
    signalPoll.stop();

    context.err << stamp() << " stopping"
                << (g_stopSignal.load() != 0 ? QStringLiteral(" (signal %1)").arg(g_stopSignal.load()) : QString()) << "\n";
    context.err.flush();
    service.stop();
    // Deliver the last candlesClosed announcements (queued to this thread) before counting.
    QCoreApplication::processEvents();
    if (analysis) {
        // Whatever the analysis was given is processed and written before the writer stops.
        QMetaObject::invokeMethod(analysis.get(), [] {}, Qt::BlockingQueuedConnection);
        analysisThread->quit();
        analysisThread->wait();
    }
    writer.stop();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    const storage::StorageWriter::Stats stats = writer.stats();
    context.err << stamp() << " feed stopped: " << closedMinutes << " closed 1m candle(s) and " << closedHigher
                << " higher-timeframe candle(s) stored, " << reconnects << " reconnect(s), " << stats.failedJobs
                << " failed write job(s)\n";
    return stats.failedJobs == 0 ? Ok : InternalError;
}

} // namespace cl::cli
