#include "alerts/alerteventrepository.h"
#include "alerts/alertrulerepository.h"
#include "alerts/alertworker.h"
#include "alerts/manualdelayscheduler.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cl;
using namespace cl::alerts;

namespace {

constexpr qint64 kT0 = 1'709'294'400'000;

model::Symbol sym(const char *text) { return *model::Symbol::parse(QString::fromLatin1(text)); }

market::SymbolTrades batch(std::initializer_list<double> prices, const char *symbol = "BTC/USDT")
{
    market::SymbolTrades b;
    b.exchange = model::ExchangeId::Binance;
    b.symbol = sym(symbol);
    for (const double p : prices)
        b.trades.push_back({kT0, p, 1.0, model::TakerSide::Sell, {}});
    return b;
}

AlertRule crossRule(qint64 id, double level, bool rearm)
{
    AlertRule r;
    r.id = id;
    r.name = QStringLiteral("cross %1").arg(level);
    r.type = AlertType::PriceAbove;
    r.scope.symbols.push_back({model::ExchangeId::Binance, sym("BTC/USDT")});
    r.params.level = level;
    r.options.rearm = rearm;
    r.options.sound = QStringLiteral("beep");
    return r;
}

} // namespace

class TestAlertWorker : public QObject
{
    Q_OBJECT

private slots:
    void throttlesToTenEvaluationsPerSecond();
    void crossInsideAHeldBurstIsFound();
    void unwatchedSymbolsAreNotKept();
    void firingsAreStoredAndOneShotRulesDisabled();
    void feedTimerFiresWithoutNewStatus();
    void passesOtherEventsThrough();
    void runsOnItsOwnThread();
};

void TestAlertWorker::throttlesToTenEvaluationsPerSecond()
{
    model::ManualClock clock(kT0);
    ManualDelayScheduler scheduler(clock);
    AlertWorker worker(clock, nullptr, 0, &scheduler);
    worker.setRules({crossRule(1, 100, true)});
    QSignalSpy fired(&worker, &AlertWorker::alertFired);
    worker.onTrades(batch({99}));
    QCOMPARE(worker.stats().evaluations, 1u); // the first batch goes at once
    scheduler.advanceBy(10);
    worker.onTrades(batch({101}));
    QCOMPARE(worker.stats().evaluations, 1u);
    QCOMPARE(fired.count(), 0);
    scheduler.advanceBy(89);
    QCOMPARE(worker.stats().evaluations, 1u);
    scheduler.advanceBy(1); // 100 ms after the last evaluation
    QCOMPARE(worker.stats().evaluations, 2u);
    QCOMPARE(fired.count(), 1);
    // A batch every 10 ms for one second: at most 10 evaluations.
    const quint64 before = worker.stats().evaluations;
    for (int i = 0; i < 100; ++i) {
        worker.onTrades(batch({i % 2 ? 101.0 : 99.0}));
        scheduler.advanceBy(10);
    }
    QVERIFY(worker.stats().evaluations - before <= 10);
    QVERIFY(worker.stats().evaluations - before >= 9);
    QCOMPARE(worker.stats().trades, 102u);
}

void TestAlertWorker::crossInsideAHeldBurstIsFound()
{
    model::ManualClock clock(kT0);
    ManualDelayScheduler scheduler(clock);
    AlertWorker worker(clock, nullptr, 0, &scheduler);
    worker.setRules({crossRule(1, 100, false)});
    QSignalSpy fired(&worker, &AlertWorker::alertFired);
    worker.onTrades(batch({98}));
    worker.onTrades(batch({99, 101})); // held: evaluated with every trade in order
    worker.onTrades(batch({99}));
    QCOMPARE(fired.count(), 0);
    scheduler.advanceBy(100);
    QCOMPARE(fired.count(), 1);
    const auto firing = fired.at(0).at(0).value<AlertFiring>();
    QCOMPARE(firing.values.value(QStringLiteral("price")).toDouble(), 101.0);
    QCOMPARE(firing.sound, QStringLiteral("beep"));
    QCOMPARE(firing.eventId, 1);
}

void TestAlertWorker::unwatchedSymbolsAreNotKept()
{
    model::ManualClock clock(kT0);
    ManualDelayScheduler scheduler(clock);
    AlertWorker worker(clock, nullptr, 0, &scheduler);
    worker.setRules({crossRule(1, 100, false)});
    worker.onTrades(batch({1, 2, 3}, "ETH/USDT"));
    QCOMPARE(worker.stats().tradeBatches, 0u);
    QCOMPARE(scheduler.pending(), 0);
    // A symbol whose rules read only candles keeps no trades either.
    AlertRule rsi = crossRule(2, 70, false);
    rsi.type = AlertType::RsiAbove;
    worker.setRules({rsi});
    QVERIFY(worker.evaluator().watches(model::ExchangeId::Binance, sym("BTC/USDT")));
    worker.onTrades(batch({1, 2, 3}));
    QCOMPARE(worker.stats().tradeBatches, 0u);
}

void TestAlertWorker::firingsAreStoredAndOneShotRulesDisabled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
    storage::SqlConnection db;
    QString error;
    QVERIFY(db.open(path, storage::SqlConnection::Mode::ReadWrite, &error));
    AlertRuleRepository rules(db);
    const qint64 oneShot = *rules.insert(crossRule(0, 100, false), &error);
    const qint64 rearming = *rules.insert(crossRule(0, 200, true), &error);
    AlertEventRepository events(db);
    // Pretend two events exist already: new ids continue after them.
    AlertFiring old;
    old.ruleId = oneShot;
    old.firedAt = 1;
    QVERIFY(events.insert(old, 0, &error));
    QVERIFY(events.insert(old, 0, &error));
    const qint64 last = *events.maxEventId(&error);

    storage::StorageWriter writer(path);
    QVERIFY(writer.start(&error));
    model::ManualClock clock(kT0);
    ManualDelayScheduler scheduler(clock);
    AlertWorker worker(clock, &writer, last, &scheduler);
    worker.setRules(rules.all(&error));
    QSignalSpy fired(&worker, &AlertWorker::alertFired);
    QSignalSpy finished(&worker, &AlertWorker::ruleFinished);
    worker.onTrades(batch({99, 101, 199, 201}));
    QCOMPARE(fired.count(), 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), oneShot);
    writer.flush();
    writer.stop();

    const auto stored = events.recent(0, false, &error);
    QCOMPARE(int(stored.size()), 4);
    QCOMPARE(stored[0].id, last + 2);
    QCOMPARE(stored[1].id, last + 1);
    QCOMPARE(stored[1].ruleId, oneShot);
    QCOMPARE(stored[0].ruleId, rearming);
    QCOMPARE(stored[0].values.value(QStringLiteral("price")).toDouble(), 201.0);
    QCOMPARE(stored[0].values.value(QStringLiteral("previous")).toDouble(), 199.0);
    QCOMPARE(stored[0].symbol->symbol, sym("BTC/USDT"));
    QCOMPARE(stored[0].firedAt, kT0);
    QVERIFY(!rules.find(oneShot, &error)->enabled);
    QVERIFY(rules.find(rearming, &error)->enabled);
}

void TestAlertWorker::feedTimerFiresWithoutNewStatus()
{
    model::ManualClock clock(kT0);
    ManualDelayScheduler scheduler(clock);
    AlertWorker worker(clock, nullptr, 0, &scheduler);
    AlertRule feed;
    feed.id = 3;
    feed.type = AlertType::FeedDisconnected;
    feed.params.disconnectedMs = 5000;
    worker.setRules({feed});
    QSignalSpy fired(&worker, &AlertWorker::alertFired);
    market::FeedStatus status;
    status.exchange = model::ExchangeId::Coinbase;
    status.state = market::FeedState::Backoff;
    worker.onFeedStatus(status);
    scheduler.advanceBy(5000);
    QCOMPARE(fired.count(), 0);
    scheduler.advanceBy(1000);
    QCOMPARE(fired.count(), 1);
    QVERIFY(fired.at(0).at(0).value<AlertFiring>().message.contains(QStringLiteral("Coinbase")));
}

void TestAlertWorker::passesOtherEventsThrough()
{
    model::ManualClock clock(kT0);
    ManualDelayScheduler scheduler(clock);
    AlertWorker worker(clock, nullptr, 0, &scheduler);
    AlertRule signal = crossRule(1, 1, true);
    signal.type = AlertType::Signal;
    signal.params.minScore = 2;
    AlertRule rsi = crossRule(2, 50, true);
    rsi.type = AlertType::RsiAbove;
    rsi.params.period = 2;
    AlertRule pattern = crossRule(3, 1, true);
    pattern.type = AlertType::Pattern;
    worker.setRules({signal, rsi, pattern});
    QSignalSpy fired(&worker, &AlertWorker::alertFired);
    model::Signal s;
    s.symbol = sym("BTC/USDT");
    s.score = 2;
    worker.onSignalCreated(s);
    QCOMPARE(fired.count(), 1);
    market::ClosedCandles closed;
    closed.symbol = sym("BTC/USDT");
    for (int i = 0; i < 4; ++i)
        closed.candles.push_back({kT0 + i * 60'000, 1, 1, 1, 10.0 + i, 1});
    worker.onCandlesClosed(closed);
    QCOMPARE(fired.count(), 2);
    model::Pattern p;
    p.timeframe = model::Timeframe::M1;
    p.detectedAt = kT0 - 60'000;
    worker.onPatternsChanged(model::ExchangeId::Binance, sym("BTC/USDT"), {p});
    QCOMPARE(fired.count(), 3);
    QCOMPARE(fired.at(2).at(0).value<AlertFiring>().eventId, 3);
}

void TestAlertWorker::runsOnItsOwnThread()
{
    model::ManualClock clock(kT0);
    QThread thread;
    auto *worker = new AlertWorker(clock, nullptr, 0);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QSignalSpy fired(worker, &AlertWorker::alertFired);
    QThread *firedOn = nullptr;
    connect(worker, &AlertWorker::alertFired, worker, [&firedOn] { firedOn = QThread::currentThread(); }, Qt::DirectConnection);
    QMetaObject::invokeMethod(worker, [worker] { worker->setRules({crossRule(1, 100, false)}); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(worker, [worker] { worker->onTrades(batch({99, 101})); }, Qt::QueuedConnection);
    QTRY_COMPARE(fired.count(), 1);
    QCOMPARE(firedOn, &thread);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TestAlertWorker)
#include "tst_alertworker.moc"
