#include "replayservercommand.h"

#include "clioptions.h"

#include "market/replay/replayserver.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <cmath>
#include <csignal>
#include <optional>

namespace cl::cli {

namespace {

std::atomic<int> g_stopSignal{0};

void onReplayServerStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

// A non-negative number of seconds (fractions allowed) as milliseconds, or nothing after printing why.
std::optional<int> secondsOption(const CliOptions &options, CliContext &context, const QString &name, int fallbackMs)
{
    if (!options.isSet(name))
        return fallbackMs;
    bool ok = false;
    const double seconds = options.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86'400.0) {
        context.err << "option --" << name << ": '" << options.value(name) << "' is not a number of seconds (0 to 86400)\n";
        return std::nullopt;
    }
    return int(std::lround(seconds * 1000.0));
}

std::optional<double> numberOption(const CliOptions &options, CliContext &context, const QString &name, double fallback,
                                   double min, double max)
{
    if (!options.isSet(name))
        return fallback;
    bool ok = false;
    const double value = options.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max) {
        context.err << "option --" << name << ": '" << options.value(name) << "' must be a number from " << min << " to " << max << "\n";
        return std::nullopt;
    }
    return value;
}

} // namespace

int ReplayServerCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli replay-server"),
        QStringLiteral(
            "A local exchange on 127.0.0.1 speaking an exchange's WebSocket and REST protocol on ONE port.\n"
            "First stdout line: listening ws://127.0.0.1:PORT/ws http://127.0.0.1:PORT ; runs until SIGINT/SIGTERM.\n\n"
            "Simulate (--simulate, or --exchange sim): a deterministic market (trends, ranges, volatility clustering,\n"
            "jumps) on Binance's protocol: WS /ws, /ws/<stream>, /stream?streams=a/b with SUBSCRIBE/UNSUBSCRIBE/\n"
            "LIST_SUBSCRIPTIONS, <sym>@trade and <sym>@kline_1m; REST /api/v3/ping, /api/v3/time, /api/v3/exchangeInfo,\n"
            "/api/v3/klines (1m; history from --history-minutes before the start, then the candles of the streamed\n"
            "trades). 'sim' is the simulated exchange on Binance's protocol. The simulated clock starts at --start (default\n"
            "now) and runs --speed times faster than real time, so with --speed above 1 it runs ahead of real time.\n"
            "Replay (--file FRAMES.jsonl, any of binance bybit okx coinbase kraken kucoin): after the client's first\n"
            "subscribe, the recorded frames in order (KuCoin's welcome and Kraken's status on connect); client pings\n"
            "answered the exchange's way; POST /api/v1/bullet-public hands out a KuCoin token for this server.\n\n"
            "Faults: --disconnect-every S aborts every WebSocket every S seconds; --ping-every S sends WebSocket PING\n"
            "frames (default 20 for binance/sim, as Binance does; 0 elsewhere); --stall-after S makes each connection go\n"
            "silent S seconds after it opened (socket stays open); --malformed-every N inserts a truncated frame after\n"
            "every N data frames (inserted, no real frame is lost)."));
    options.addOption({QStringLiteral("exchange"), QStringLiteral("binance, bybit, okx, coinbase, kraken, kucoin or sim."), QStringLiteral("E")});
    options.addOption({QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = a free one)."), QStringLiteral("P"), QStringLiteral("0")});
    options.addOption({QStringLiteral("file"),
                       QStringLiteral("Frames to replay, one raw server frame per line. Repeat as PATH=FRAMES.jsonl for a tape of "
                                      "its own on a WebSocket path (OKX: /ws/v5/business=okx_business.jsonl)."),
                       QStringLiteral("FRAMES.jsonl")});
    options.addOption({QStringLiteral("simulate"), QStringLiteral("Simulate a market instead of replaying a file.")});
    options.addOption({QStringLiteral("symbols"), QStringLiteral("Symbols to simulate (default BTC/USDT)."), QStringLiteral("LIST"),
                       QStringLiteral("BTC/USDT")});
    options.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the simulated market (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    options.addOption({QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second (default 1)."), QStringLiteral("X")});
    options.addOption({QStringLiteral("start"), QStringLiteral("Simulated time at start, UTC ms or ISO-8601 (default now)."),
                       QStringLiteral("T")});
    options.addOption({QStringLiteral("rate"), QStringLiteral("Trades per simulated second per symbol (default 5)."), QStringLiteral("N")});
    options.addOption({QStringLiteral("history-minutes"), QStringLiteral("1m candles of history before the start (default 1440)."),
                       QStringLiteral("N")});
    options.addOption({QStringLiteral("replay-interval"), QStringLiteral("Milliseconds between replayed frames (default 0)."),
                       QStringLiteral("MS")});
    options.addOption({QStringLiteral("disconnect-every"), QStringLiteral("Drop all WebSocket connections every S seconds."), QStringLiteral("SECONDS")});
    options.addOption({QStringLiteral("ping-every"), QStringLiteral("WebSocket PING frames every S seconds (0 = none)."), QStringLiteral("SECONDS")});
    options.addOption({QStringLiteral("stall-after"), QStringLiteral("Each connection stops sending S seconds after it opened."), QStringLiteral("SECONDS")});
    options.addOption({QStringLiteral("malformed-every"), QStringLiteral("Insert a malformed frame after every N data frames."), QStringLiteral("N")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;

    const auto exchange = options.exchange(context);
    if (!exchange)
        return UserError;
    market::ReplayServer::Options serverOptions;
    serverOptions.exchange = *exchange;
    const bool simulate = options.isSet(QStringLiteral("simulate")) || *exchange == model::ExchangeId::Sim;
    if (simulate == options.isSet(QStringLiteral("file"))) {
        context.err << "cryptolens-cli replay-server: give either --file FRAMES.jsonl or --simulate\n";
        return UserError;
    }
    serverOptions.mode = simulate ? market::ReplayServer::Mode::Simulate : market::ReplayServer::Mode::Replay;
    for (const QString &file : options.parser().values(QStringLiteral("file"))) {
        const qsizetype equals = file.indexOf(QLatin1Char('='));
        if (file.startsWith(QLatin1Char('/')) && equals > 0 && !file.left(equals).contains(QLatin1Char('.')))
            serverOptions.pathFramesFiles.append({file.left(equals), file.mid(equals + 1)});
        else if (serverOptions.framesFile.isEmpty())
            serverOptions.framesFile = file;
        else {
            context.err << "option --file: give one plain FRAMES.jsonl; more tapes as PATH=FRAMES.jsonl\n";
            return UserError;
        }
    }
    if (simulate) {
        for (const QString &text : options.value(QStringLiteral("symbols")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString why;
            const auto symbol = model::Symbol::parse(text.trimmed(), &why);
            if (!symbol) {
                context.err << "option --symbols: " << why << "\n";
                return UserError;
            }
            serverOptions.symbols.push_back(*symbol);
        }
    }
    bool seedOk = false;
    serverOptions.seed = options.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        context.err << "option --seed: '" << options.value(QStringLiteral("seed")) << "' is not a non-negative integer\n";
        return UserError;
    }
    bool portOk = false;
    const uint port = options.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535) {
        context.err << "option --port: '" << options.value(QStringLiteral("port")) << "' is not a port (0 to 65535)\n";
        return UserError;
    }
    const bool binanceProtocol = *exchange == model::ExchangeId::Binance || *exchange == model::ExchangeId::Sim;
    const auto speed = numberOption(options, context, QStringLiteral("speed"), 1.0, 0.001, 1e6);
    const auto rate = numberOption(options, context, QStringLiteral("rate"), 5.0, 0.01, 100'000.0);
    const auto history = numberOption(options, context, QStringLiteral("history-minutes"), 1440.0, 0.0, 86'400.0);
    const auto replayInterval = numberOption(options, context, QStringLiteral("replay-interval"), 0.0, 0.0, 3'600'000.0);
    const auto malformed = numberOption(options, context, QStringLiteral("malformed-every"), 0.0, 0.0, 1e9);
    const auto disconnect = secondsOption(options, context, QStringLiteral("disconnect-every"), 0);
    const auto ping = secondsOption(options, context, QStringLiteral("ping-every"), binanceProtocol ? 20'000 : 0);
    const auto stall = secondsOption(options, context, QStringLiteral("stall-after"), 0);
    const auto startTime = options.time(context, QStringLiteral("start"), -1);
    if (!speed || !rate || !history || !replayInterval || !malformed || !disconnect || !ping || !stall || !startTime)
        return UserError;
    serverOptions.simulatedStartMs = *startTime;
    serverOptions.speed = *speed;
    serverOptions.tradesPerSecond = *rate;
    serverOptions.historyMinutes = int(*history);
    serverOptions.replayIntervalMs = int(*replayInterval);
    serverOptions.malformedEvery = int(*malformed);
    serverOptions.disconnectEveryMs = *disconnect;
    serverOptions.pingIntervalMs = *ping;
    serverOptions.stallAfterMs = *stall;

    market::ReplayServer server(serverOptions);
    if (!server.start(quint16(port))) {
        context.err << "cryptolens-cli replay-server: " << server.errorString() << "\n";
        return UserError;
    }
    context.out << server.listeningLine() << "\n";
    context.out.flush();
    context.err << "replay-server: " << model::exchangeIdToString(*exchange) << (simulate ? " simulated market" : " replay of ")
                << serverOptions.framesFile << "; Ctrl-C to stop\n";
    context.err.flush();

    g_stopSignal.store(0);
    std::signal(SIGINT, onReplayServerStopSignal);
    std::signal(SIGTERM, onReplayServerStopSignal);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (g_stopSignal.load() != 0)
            QCoreApplication::quit();
    });
    watch.start(50);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    server.stop();
    const auto &stats = server.stats();
    context.err << "replay-server stopped: " << stats.webSocketsAccepted << " WebSocket connections, " << stats.framesSent
                << " frames, " << stats.httpRequests << " HTTP requests (" << stats.httpErrors << " errors)\n";
    return Ok;
}

} // namespace cl::cli
