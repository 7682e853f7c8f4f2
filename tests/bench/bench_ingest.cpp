// bench_ingest: 5M 1m candles from CSV through `cryptolens-cli candles import` and through the StorageWriter
// API; in the same run the same CSV through the sqlite3 shell's `.import` into an equivalent WITHOUT ROWID
// table with the same pragmas (16 KiB pages, WAL, synchronous=NORMAL) as the baseline. The baseline table is
// keyed by the timestamp alone, cheaper to insert into than our (symbol, timeframe, open_time) key.
// Also the ceiling SQLite sets for our schema: the same rows through one bare prepared INSERT in 5,000-row
// transactions, no parsing, no queue (ingest.sqlite_c_api_rows_per_s), the baseline for the writer.
// Figures: ingest.writer_rows_per_s, ingest.cli_rows_per_s, ingest.sqlite3_import_rows_per_s, ingest.cli_vs_sqlite3,
// ingest.sqlite_c_api_rows_per_s, ingest.writer_vs_c_api.
#include "benchsupport.h"

#include "candles/candlecsvreader.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <random>

namespace {

using cl::model::Candle;

cl::model::CandleSeries makeCandles(qint64 count)
{
    cl::model::CandleSeries candles;
    candles.reserve(size_t(count));
    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0.0, 0.001);
    double price = 42'000.0;
    for (qint64 i = 0; i < count; ++i) {
        const double open = price;
        price = std::round(price * (1.0 + step(rng)) * 100.0) / 100.0;
        candles.push_back({1'500'000'000'000 + i * 60'000, open, std::max(open, price) + 1.5, std::min(open, price) - 1.25,
                           price, double(i % 1000) / 8.0});
    }
    return candles;
}

bool writeCsv(const QString &path, const cl::model::CandleSeries &candles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = "timestamp,open,high,low,close,volume\n";
    auto number = [](double v) { return QByteArray::number(v, 'g', QLocale::FloatingPointShortest); };
    for (const Candle &c : candles) {
        chunk += QByteArray::number(c.openTime) + ',' + number(c.open) + ',' + number(c.high) + ',' + number(c.low) + ','
            + number(c.close) + ',' + number(c.volume) + '\n';
        if (chunk.size() > (1 << 22)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

double writerSeconds(const QString &dir, const cl::model::CandleSeries &candles)
{
    const QString db = cl::storage::DataLocation::databasePath(dir);
    cl::storage::Database::prepare(db);
    cl::storage::StorageWriter writer(db);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return -1;
    }
    const auto symbol = *cl::model::Symbol::parse(u"BTC/USDT");
    constexpr size_t batch = 5000;
    QElapsedTimer timer;
    timer.start();
    cl::storage::StorageWriter::Ticket last = 0;
    for (size_t i = 0; i < candles.size(); i += batch) {
        const size_t end = std::min(candles.size(), i + batch);
        last = writer.writeCandles(cl::model::ExchangeId::Binance, symbol, cl::model::Timeframe::M1,
                                   cl::model::CandleSeries(candles.begin() + qsizetype(i), candles.begin() + qsizetype(end)));
    }
    writer.flush();
    writer.waitForCommitted(last, 600'000);
    return double(timer.nsecsElapsed()) / 1e9;
}

double cliSeconds(const QString &dir, const QString &csv)
{
    QProcess::execute(QStringLiteral(CL_CLI_PATH), {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--data-dir"), dir});
    QElapsedTimer timer;
    timer.start();
    const int code = QProcess::execute(QStringLiteral(CL_CLI_PATH),
                                       {QStringLiteral("candles"), QStringLiteral("import"), csv, QStringLiteral("--exchange"),
                                        QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"),
                                        QStringLiteral("--timeframe"), QStringLiteral("1m"), QStringLiteral("--data-dir"), dir});
    return code == 0 ? double(timer.nsecsElapsed()) / 1e9 : -1;
}

double sqlite3Seconds(const QString &dir, const QString &csv)
{
    QDir().mkpath(dir);
    const QString db = QDir(dir).filePath(QStringLiteral("baseline.sqlite"));
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {db});
    if (!shell.waitForStarted())
        return -1;
    const QByteArray script = "PRAGMA page_size=16384;\nPRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                              "CREATE TABLE candles (timestamp INTEGER PRIMARY KEY, open REAL NOT NULL, high REAL NOT NULL, "
                              "low REAL NOT NULL, close REAL NOT NULL, volume REAL NOT NULL) WITHOUT ROWID;\n"
                              ".mode csv\n.timer off\n";
    shell.write(script);
    shell.waitForBytesWritten();
    QElapsedTimer timer;
    timer.start();
    shell.write(".import --skip 1 " + csv.toUtf8() + " candles\n.quit\n");
    shell.closeWriteChannel();
    shell.waitForFinished(600'000);
    return shell.exitCode() == 0 ? double(timer.nsecsElapsed()) / 1e9 : -1;
}

// Our candles table through the raw C API: what SQLite itself costs per row.
double cApiSeconds(const QString &dir, const cl::model::CandleSeries &candles)
{
    const QString path = cl::storage::DataLocation::databasePath(dir);
    cl::storage::Database::prepare(path);
    cl::storage::SqlConnection connection;
    QString error;
    if (!connection.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error)
        || !connection.exec("INSERT INTO symbols (exchange_id, base, quote, native_symbol) VALUES (1, 'BTC', 'USDT', 'BTCUSDT')", &error))
        return -1;
    sqlite3 *db = connection.handle();
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO candles VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (size_t i = 0; i < candles.size(); ++i) {
        const Candle &c = candles[i];
        sqlite3_bind_int64(insert, 1, 1);
        sqlite3_bind_int64(insert, 2, 1);
        sqlite3_bind_int64(insert, 3, c.openTime);
        sqlite3_bind_double(insert, 4, c.open);
        sqlite3_bind_double(insert, 5, c.high);
        sqlite3_bind_double(insert, 6, c.low);
        sqlite3_bind_double(insert, 7, c.close);
        sqlite3_bind_double(insert, 8, c.volume);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        if (i % 5000 == 4999)
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    return seconds;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 5'000'000;
    const int repetitions = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir tmp;
    const auto candles = makeCandles(rows);
    const QString csv = tmp.filePath(QStringLiteral("candles.csv"));
    if (!writeCsv(csv, candles)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    std::fprintf(stderr, "CSV of %lld rows: %lld bytes\n", static_cast<long long>(rows),
                 static_cast<long long>(QFileInfo(csv).size()));

    // Warm-up: page cache holds the CSV, the executables are loaded.
    cliSeconds(tmp.filePath(QStringLiteral("warm-cli")), csv);
    sqlite3Seconds(tmp.filePath(QStringLiteral("warm-sqlite")), csv);

    std::vector<double> writer, cli, baseline, capi;
    for (int r = 0; r < repetitions; ++r) {
        // Alternate the order so drift on a noisy machine hits all three alike.
        baseline.push_back(sqlite3Seconds(tmp.filePath(QStringLiteral("sqlite-%1").arg(r)), csv));
        cli.push_back(cliSeconds(tmp.filePath(QStringLiteral("cli-%1").arg(r)), csv));
        writer.push_back(writerSeconds(tmp.filePath(QStringLiteral("writer-%1").arg(r)), candles));
        capi.push_back(cApiSeconds(tmp.filePath(QStringLiteral("capi-%1").arg(r)), candles));
        std::fprintf(stderr, "run %d: sqlite3 .import %.2f s, cli import %.2f s, writer %.2f s, bare C API %.2f s\n", r,
                     baseline.back(), cli.back(), writer.back(), capi.back());
        QDir(tmp.filePath(QStringLiteral("capi-%1").arg(r))).removeRecursively();
        QDir(tmp.filePath(QStringLiteral("sqlite-%1").arg(r))).removeRecursively();
        QDir(tmp.filePath(QStringLiteral("cli-%1").arg(r))).removeRecursively();
        QDir(tmp.filePath(QStringLiteral("writer-%1").arg(r))).removeRecursively();
    }
    const double n = double(rows);
    cl::bench::report(QStringLiteral("ingest.writer_rows_per_s"), n / median(writer), QStringLiteral("rows/s"));
    cl::bench::report(QStringLiteral("ingest.cli_rows_per_s"), n / median(cli), QStringLiteral("rows/s"));
    cl::bench::report(QStringLiteral("ingest.sqlite3_import_rows_per_s"), n / median(baseline), QStringLiteral("rows/s"));
    cl::bench::report(QStringLiteral("ingest.cli_vs_sqlite3"), median(baseline) / median(cli), QStringLiteral("x"),
                      QStringLiteral("sqlite3 .import"));
    cl::bench::report(QStringLiteral("ingest.sqlite_c_api_rows_per_s"), n / median(capi), QStringLiteral("rows/s"));
    cl::bench::report(QStringLiteral("ingest.writer_vs_c_api"), median(capi) / median(writer), QStringLiteral("x"),
                      QStringLiteral("bare sqlite3 C API insert"));
    return 0;
}
