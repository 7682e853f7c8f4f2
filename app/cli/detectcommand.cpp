#include "detectcommand.h"

#include "analysis/atrstream.h"
#include "analysis/confluencescorer.h"
#include "analysis/patternengine.h"
#include "analysis/patternrepository.h"
#include "analysis/signalrepository.h"
#include "analysis/signaltracker.h"
#include "clioptions.h"
#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QDateTime>
#include <map>
#include <memory>

namespace cl::cli {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// What the confluence needs of one timeframe that this run did not analyse: its ATR from the stored candles.
double storedAtr(storage::CandleRepository &candles, qint64 symbolId, model::Timeframe tf, int period, QString *error)
{
    analysis::AtrStream atr(period);
    candles.forEach(
        symbolId, tf, storage::CandleRepository::kMinTime, storage::CandleRepository::kMaxTime,
        [&](const model::Candle &c) {
            atr.update(c);
            return true;
        },
        error);
    return atr.valueOrZero();
}

} // namespace

int DetectCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli detect"),
        QStringLiteral("Run pattern detection over stored candles and store the patterns; then advance stored\n"
                       "signals and evaluate multi-timeframe confluence as of the newest stored candle."));
    options.addOption({QStringLiteral("exchange"), QStringLiteral("Exchange id."), QStringLiteral("E")});
    options.addOption({QStringLiteral("symbol"), QStringLiteral("Symbol BASE/QUOTE."), QStringLiteral("S")});
    options.addOption({QStringLiteral("timeframes"),
        QStringLiteral("Timeframes to analyse (default: 1m,5m,15m,1h,4h,1d)."), QStringLiteral("LIST")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const auto exchange = options.exchange(context);
    const auto symbol = options.symbol(context);
    if (!exchange || !symbol)
        return UserError;
    const analysis::AnalysisSettings settings;
    std::vector<model::Timeframe> timeframes = settings.matrixTimeframes;
    if (options.isSet(QStringLiteral("timeframes"))) {
        const auto list = options.timeframeList(context, QStringLiteral("timeframes"));
        if (!list)
            return UserError;
        timeframes.assign(list->begin(), list->end());
    }

    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto symbolId = storage::SymbolRepository(connection).find(*exchange, *symbol, &error);
    if (!symbolId) {
        context.err << "no candles stored for " << symbol->toString() << " on " << model::exchangeIdToString(*exchange)
                    << "\n";
        return UserError;
    }
    storage::CandleRepository candles(connection);

    // 1. The engine over each timeframe's stored candles, from the first one (the fixed anchor).
    std::map<int, std::unique_ptr<analysis::PatternEngine>> engines;
    for (const model::Timeframe tf : timeframes) {
        auto engine = std::make_unique<analysis::PatternEngine>(tf, settings);
        const bool ok = candles.forEach(
            *symbolId, tf, storage::CandleRepository::kMinTime, storage::CandleRepository::kMaxTime,
            [&](const model::Candle &c) {
                engine->addCandle(c);
                return true;
            },
            &error);
        if (!ok) {
            context.err << "cannot read the " << tf.toString() << " candles: " << error << "\n";
            return InternalError;
        }
        if (engine->candleCount() == 0) {
            context.err << tf.toString() << ": no candles stored\n";
            continue;
        }
        engines[tf.index()] = std::move(engine);
    }
    if (engines.empty()) {
        context.err << "nothing to analyse: no candles of " << symbol->toString() << " in these timeframes\n";
        return UserError;
    }

    if (!connection.exec("BEGIN IMMEDIATE", &error)) {
        context.err << error << "\n";
        return InternalError;
    }
    auto fail = [&](const QString &why) {
        QString ignored;
        connection.exec("ROLLBACK", &ignored);
        context.err << why << "\n";
        return InternalError;
    };
    analysis::PatternRepository patterns(connection);
    for (const auto &[index, engine] : engines) {
        analysis::PatternRepository::UpsertCounts counts;
        if (!patterns.upsert(*symbolId, engine->patterns(), &counts, &error))
            return fail(QStringLiteral("patterns not stored: ") + error);
        context.err << engine->timeframe().toString() << ": " << engine->candleCount() << " candles, "
                    << engine->patterns().size() << " patterns (" << engine->activeIndices().size() << " active); "
                    << counts.inserted << " new, " << counts.updated << " updated\n";
    }

    // 2. Stored signals move with the 1m candles after them.
    analysis::SignalRepository signalRepository(connection);
    for (model::Signal signal : signalRepository.open(*symbolId, &error)) {
        bool changed = false;
        candles.forEach(
            *symbolId, model::Timeframe::M1, signal.createdAt, storage::CandleRepository::kMaxTime,
            [&](const model::Candle &c) {
                changed = analysis::SignalTracker::advance(signal, c, c.openTime + 60'000, settings) || changed;
                return !model::isFinal(signal.status);
            },
            &error);
        if (changed && !signalRepository.updateStatus(*symbolId, signal, &error))
            return fail(QStringLiteral("signal status not stored: ") + error);
    }

    // 3. Confluence over the stored patterns, as of the newest stored candle of the matrix timeframes.
    std::vector<model::Pattern> newest;
    newest.reserve(settings.matrixTimeframes.size());
    std::vector<analysis::ConfluenceScorer::TimeframeState> states;
    qint64 now = 0;
    for (const model::Timeframe tf : settings.matrixTimeframes) {
        const model::CandleSeries last = candles.loadNewest(*symbolId, tf, 1, &error);
        if (!last.empty())
            now = std::max(now, last.back().openTime + tf.durationMs());
        const auto pattern = patterns.newestActive(*symbolId, tf, &error);
        if (!pattern)
            continue;
        newest.push_back(*pattern);
        const auto engine = engines.find(tf.index());
        const double atr = engine != engines.end() ? engine->second->atr()
                                                   : storedAtr(candles, *symbolId, tf, settings.atrPeriod, &error);
        states.push_back({tf, &newest.back(), atr});
    }
    QString reason;
    const auto signal = analysis::ConfluenceScorer::evaluate(
        *exchange, *symbol, states, now,
        [&](model::Direction d) { return signalRepository.latestCreatedAt(*symbolId, d, &error); }, settings, &reason);
    if (signal) {
        if (!signalRepository.insert(*symbolId, *signal, &error))
            return fail(QStringLiteral("signal not stored: ") + error);
        context.err << "signal: " << model::directionCode(signal->direction) << " score " << signal->score << " ("
                    << signal->alignedText() << ") from " << signal->sourceTimeframe.toString() << ' '
                    << model::patternTypeCode(signal->sourceType) << ", entry "
                    << QString::number(signal->entry, 'g', 17) << " at " << isoTime(signal->createdAt) << "\n";
    } else {
        context.err << "no signal at " << isoTime(now) << ": " << reason << "\n";
    }
    if (!connection.exec("COMMIT", &error))
        return fail(error);
    return Ok;
}

} // namespace cl::cli
