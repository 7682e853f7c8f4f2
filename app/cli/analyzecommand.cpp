#include "analyzecommand.h"

#include "analysis/analysisjson.h"
#include "analysis/indicatorset.h"
#include "analysis/patternengine.h"
#include "candles/candlecsvreader.h"
#include "clioptions.h"

#include <QFile>
#include <algorithm>
#include <string>

namespace cl::cli {

namespace {

constexpr int kProblemsShown = 50;
constexpr size_t kFlushBytes = 1 << 20;

// Text goes out in large chunks: an analysis of a million candles is a few hundred megabytes of JSON.
class ChunkedOutput
{
public:
    explicit ChunkedOutput(QTextStream &stream)
        : m_stream(stream)
    {
        m_buffer.reserve(kFlushBytes + 4096);
    }
    ~ChunkedOutput() { flush(); }
    std::string &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }
    void flush()
    {
        m_stream << QLatin1StringView(m_buffer.data(), qsizetype(m_buffer.size()));
        m_buffer.clear();
    }

private:
    QTextStream &m_stream;
    std::string m_buffer;
};

// Reads the whole file; every bad row is reported as FILE:LINE: reason and nothing is analysed.
bool readCandles(const QString &path, model::Timeframe timeframe, model::CandleSeries *candles, CliContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << path << ": cannot open: " << file.errorString() << "\n";
        return false;
    }
    candles::CandleCsvReader reader(file, timeframe);
    candles::CsvProblem problem;
    if (reader.readHeader(&problem) != candles::CandleCsvReader::Result::Row) {
        context.err << path << ':' << problem.line << ": " << problem.reason << "\n";
        return false;
    }
    qint64 invalid = 0;
    model::Candle candle;
    while (true) {
        const auto result = reader.next(&candle, &problem);
        if (result == candles::CandleCsvReader::Result::End)
            break;
        if (result == candles::CandleCsvReader::Result::Error) {
            context.err << path << ':' << problem.line << ": " << problem.reason << "\n";
            return false;
        }
        if (result == candles::CandleCsvReader::Result::Invalid) {
            if (++invalid <= kProblemsShown)
                context.err << path << ':' << problem.line << ": " << problem.reason << "\n";
            continue;
        }
        candles->push_back(candle);
    }
    if (invalid > 0) {
        if (invalid > kProblemsShown)
            context.err << "... and " << (invalid - kProblemsShown) << " more invalid rows\n";
        context.err << path << ": " << invalid << " invalid rows; nothing analysed\n";
        return false;
    }
    return true;
}

void writeJson(const model::CandleSeries &candles, model::Timeframe timeframe,
    const std::vector<analysis::IndicatorSet::Column> &columns, const model::PatternList *patterns, CliContext &context)
{
    ChunkedOutput output(context.out);
    std::string &out = output.buffer();
    out += "{\n  \"timeframe\": \"";
    out += timeframe.toString().toStdString();
    out += "\",\n  \"candles\": ";
    out += std::to_string(candles.size());
    out += ",\n  \"indicators\": {";
    for (size_t c = 0; c < columns.size(); ++c) {
        out += c == 0 ? "\n    \"" : ",\n    \"";
        out += columns[c].name.toStdString();
        out += "\": [";
        for (size_t i = 0; i < columns[c].values.size(); ++i) {
            if (i > 0)
                out += ", ";
            analysis::AnalysisJson::appendNumber(out, columns[c].values[i]);
            output.maybeFlush();
        }
        out += ']';
    }
    out += columns.empty() ? "}" : "\n  }";
    if (patterns) {
        out += ",\n  \"patterns\": [";
        for (size_t k = 0; k < patterns->size(); ++k) {
            out += k == 0 ? "\n    " : ",\n    ";
            analysis::AnalysisJson::appendPattern(out, (*patterns)[k]);
            output.maybeFlush();
        }
        out += patterns->empty() ? "]" : "\n  ]";
    }
    out += "\n}\n";
}

void writeCsv(
    const model::CandleSeries &candles, const std::vector<analysis::IndicatorSet::Column> &columns, CliContext &context)
{
    ChunkedOutput output(context.out);
    std::string &out = output.buffer();
    out += "timestamp";
    for (const auto &column : columns) {
        out += ',';
        out += column.name.toStdString();
    }
    out += '\n';
    for (size_t i = 0; i < candles.size(); ++i) {
        out += std::to_string(candles[i].openTime);
        for (const auto &column : columns) {
            out += ',';
            if (column.values[i] == column.values[i]) // blank inside the lookback
                analysis::AnalysisJson::appendNumber(out, column.values[i]);
        }
        out += '\n';
        output.maybeFlush();
    }
}

} // namespace

int AnalyzeCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli analyze"),
        QStringLiteral("Indicators and patterns of a candle CSV file (spec/cli.md), no database needed.\n"
                       "Patterns follow spec/patterns.md with statuses as of the last candle."));
    options.addOption({QStringLiteral("input"), QStringLiteral("Candle CSV file."), QStringLiteral("FILE.csv")});
    options.addOption({QStringLiteral("timeframe"), QStringLiteral("Timeframe of the candles."), QStringLiteral("TF")});
    options.addOption({QStringLiteral("indicators"),
        QStringLiteral("Comma list: rsi:14,atr:14,ema:20,sma:20,macd:12:26:9,bb:20:2:2,volsma:20."),
        QStringLiteral("SPEC")});
    options.addOption({QStringLiteral("patterns"), QStringLiteral("Detect patterns (JSON output only).")});
    options.addOption(
        {QStringLiteral("format"), QStringLiteral("json or csv."), QStringLiteral("FORMAT"), QStringLiteral("json")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    if (!options.require(context, QStringLiteral("input")))
        return UserError;
    const auto timeframe = options.timeframe(context);
    if (!timeframe)
        return UserError;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        context.err << "option --format: json or csv, not '" << format << "'\n";
        return UserError;
    }
    std::optional<analysis::IndicatorSet> indicators;
    if (options.isSet(QStringLiteral("indicators"))) {
        QString why;
        indicators = analysis::IndicatorSet::parse(options.value(QStringLiteral("indicators")), &why);
        if (!indicators) {
            context.err << "option --indicators: " << why << "\n";
            return UserError;
        }
    }

    model::CandleSeries candles;
    if (!readCandles(options.value(QStringLiteral("input")), *timeframe, &candles, context))
        return UserError;

    const auto columns = indicators ? indicators->compute(candles) : std::vector<analysis::IndicatorSet::Column>{};
    if (format == QLatin1String("csv")) {
        writeCsv(candles, columns, context);
        return Ok;
    }
    model::PatternList patterns;
    const bool withPatterns = options.isSet(QStringLiteral("patterns"));
    if (withPatterns) {
        // The live loop, one candle at a time: the same code the app, replay and backtests run.
        analysis::PatternEngine engine(*timeframe);
        for (const model::Candle &candle : candles)
            engine.addCandle(candle);
        patterns = engine.patterns();
        // Detection order already is (time, fvg, order_block, liquidity_sweep); make the contract explicit.
        std::stable_sort(patterns.begin(), patterns.end(), [](const model::Pattern &a, const model::Pattern &b) {
            if (a.detectedAt != b.detectedAt)
                return a.detectedAt < b.detectedAt;
            if (a.type != b.type)
                return a.type < b.type;
            return a.direction < b.direction;
        });
    }
    writeJson(candles, *timeframe, columns, withPatterns ? &patterns : nullptr, context);
    return Ok;
}

} // namespace cl::cli
