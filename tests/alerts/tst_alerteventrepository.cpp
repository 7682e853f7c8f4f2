#include "alerts/alerteventrepository.h"
#include "alerts/alertrulerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl;
using namespace cl::alerts;

class TestAlertEventRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventsRoundTrip();
    void acknowledge();
    void attempts();
    void cascadeWithRule();

private:
    AlertFiring firing(qint64 eventId, qint64 at) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::SqlConnection> m_db;
    qint64 m_ruleId = 0;
    qint64 m_symbolId = 0;
};

void TestAlertEventRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("test.db"));
    QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
    m_db = std::make_unique<storage::SqlConnection>();
    QString error;
    QVERIFY(m_db->open(path, storage::SqlConnection::Mode::ReadWrite, &error));
    AlertRule rule;
    rule.name = QStringLiteral("btc 65k");
    rule.scope.symbols.push_back({model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")});
    rule.params.level = 65000;
    m_ruleId = *AlertRuleRepository(*m_db).insert(rule, &error);
    m_symbolId = *storage::SymbolRepository(*m_db).ensure(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT"));
}

void TestAlertEventRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

AlertFiring TestAlertEventRepository::firing(qint64 eventId, qint64 at) const
{
    AlertFiring f;
    f.eventId = eventId;
    f.ruleId = m_ruleId;
    f.firedAt = at;
    f.message = QStringLiteral("BTC/USDT crossed above 65000");
    f.values = {{QStringLiteral("price"), 65001.5}, {QStringLiteral("previous"), 64999.0}};
    return f;
}

void TestAlertEventRepository::eventsRoundTrip()
{
    AlertEventRepository repository(*m_db);
    QString error;
    QCOMPARE(repository.maxEventId(&error), std::optional<qint64>(0));
    QCOMPARE(repository.insert(firing(10, 1000), m_symbolId, &error), std::optional<qint64>(10));
    QCOMPARE(repository.insert(firing(11, 2000), 0, &error), std::optional<qint64>(11));
    QCOMPARE(repository.insert(firing(0, 3000), m_symbolId, &error), std::optional<qint64>(12));
    QVERIFY(!repository.insert(firing(10, 4000), m_symbolId, &error)); // the id is taken
    QCOMPARE(repository.maxEventId(&error), std::optional<qint64>(12));
    error.clear();
    const auto events = repository.recent(0, false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(events.size()), 3);
    QCOMPARE(events[0].id, 12); // newest first
    QCOMPARE(events[0].ruleName, QStringLiteral("btc 65k"));
    QVERIFY(events[0].symbol);
    QCOMPARE(events[0].symbol->symbol.toString(), QStringLiteral("BTC/USDT"));
    QCOMPARE(events[0].symbol->exchange, model::ExchangeId::Binance);
    QCOMPARE(events[0].values.value(QStringLiteral("price")).toDouble(), 65001.5);
    QVERIFY(!events[1].symbol);
    QCOMPARE(int(repository.recent(2, false, &error).size()), 2);
}

void TestAlertEventRepository::acknowledge()
{
    AlertEventRepository repository(*m_db);
    QString error;
    for (int i = 1; i <= 3; ++i)
        QVERIFY(repository.insert(firing(i, i * 1000), m_symbolId, &error));
    QVERIFY(repository.acknowledge(2, &error));
    auto open = repository.recent(0, true, &error);
    QCOMPARE(int(open.size()), 2);
    QCOMPARE(open[0].id, 3);
    QCOMPARE(open[1].id, 1);
    QVERIFY(repository.acknowledgeAll(&error));
    QVERIFY(repository.recent(0, true, &error).empty());
    QVERIFY(repository.recent(0, false, &error)[0].acknowledged);
}

void TestAlertEventRepository::attempts()
{
    AlertEventRepository repository(*m_db);
    QString error;
    QVERIFY(repository.insert(firing(1, 1000), m_symbolId, &error));
    QVERIFY(repository.insert(firing(2, 1000), m_symbolId, &error));
    DeliveryAttempt retrying{QStringLiteral("ntfy"), 1, {1, 2}, 1, 5000, QStringLiteral("retrying"), 503,
        QStringLiteral("HTTP 503"), 1000};
    DeliveryAttempt delivered{QStringLiteral("ntfy"), 1, {1, 2}, 2, 6000, QStringLiteral("delivered"), 200, {}, -1};
    DeliveryAttempt test{QStringLiteral("webhook"), 2, {}, 1, 7000, QStringLiteral("failed"), 0, QStringLiteral("timeout"), -1};
    QVERIFY(repository.recordAttempt(retrying, &error));
    QVERIFY(repository.recordAttempt(delivered, &error));
    QVERIFY2(repository.recordAttempt(test, &error), qPrintable(error));
    const auto forOne = repository.attempts(1, &error);
    QCOMPARE(int(forOne.size()), 2);
    QCOMPARE(forOne[0].attempt, 1);
    QCOMPARE(forOne[0].outcome, QStringLiteral("retrying"));
    QCOMPARE(forOne[0].httpStatus, 503);
    QCOMPARE(forOne[1].outcome, QStringLiteral("delivered"));
    QCOMPARE(int(repository.attempts(2, &error).size()), 2);
    const auto all = repository.allAttempts(&error);
    QCOMPARE(int(all.size()), 5);
    QCOMPARE(all.back().eventId, 0);
    QCOMPARE(all.back().httpStatus, 0);
    QCOMPARE(all.back().error, QStringLiteral("timeout"));
}

void TestAlertEventRepository::cascadeWithRule()
{
    AlertEventRepository repository(*m_db);
    QString error;
    QVERIFY(repository.insert(firing(1, 1000), m_symbolId, &error));
    QVERIFY(repository.recordAttempt({QStringLiteral("ntfy"), 1, {1}, 1, 1, QStringLiteral("delivered"), 200, {}, -1}, &error));
    bool removed = false;
    QVERIFY(AlertRuleRepository(*m_db).remove(m_ruleId, &removed, &error));
    QVERIFY(repository.recent(0, false, &error).empty());
    QVERIFY(repository.allAttempts(&error).empty());
}

QTEST_GUILESS_MAIN(TestAlertEventRepository)
#include "tst_alerteventrepository.moc"
