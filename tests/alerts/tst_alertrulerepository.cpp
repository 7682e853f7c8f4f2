#include "alerts/alertrulerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl;
using namespace cl::alerts;

class TestAlertRuleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripEveryType();
    void updateEnableRemove();
    void invalidRuleRejected();
    void damagedRowsSkipped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::SqlConnection> m_db;
};

void TestAlertRuleRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("test.db"));
    QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
    m_db = std::make_unique<storage::SqlConnection>();
    QString error;
    QVERIFY2(m_db->open(path, storage::SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
}

void TestAlertRuleRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

static AlertRule ruleOf(AlertType type)
{
    AlertRule r;
    r.type = type;
    r.name = alertTypeCode(type);
    r.scope.symbols.push_back({model::ExchangeId::Okx, *model::Symbol::parse(u"SOL/USDT")});
    r.scope.timeframe = model::Timeframe::M15;
    r.params.level = 50;
    r.params.pct = 2;
    r.params.windowMs = 60'000;
    r.params.threshold = 2.5;
    r.params.minScore = 3;
    r.params.disconnectedMs = 10'000;
    r.params.direction = model::Direction::Bullish;
    r.options.channels = {QStringLiteral("ntfy")};
    r.options.rearm = type == AlertType::PctChange;
    r.options.cooldownMs = 5000;
    r.expiresAt = type == AlertType::Signal ? 1'800'000'000'000 : 0;
    r.createdAt = 1'700'000'000'000 + int(type);
    return r;
}

void TestAlertRuleRepository::roundTripEveryType()
{
    AlertRuleRepository repository(*m_db);
    QString error;
    for (int i = 0; i < kAlertTypeCount; ++i) {
        const auto id = repository.insert(ruleOf(AlertType(i)), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, qint64(i + 1));
    }
    const AlertRuleList rules = repository.all(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(rules.size()), kAlertTypeCount);
    for (int i = 0; i < kAlertTypeCount; ++i) {
        const AlertRule expected = ruleOf(AlertType(i));
        const AlertRule &got = rules[size_t(i)];
        QCOMPARE(got.id, qint64(i + 1));
        QCOMPARE(got.type, expected.type);
        QCOMPARE(got.name, expected.name);
        QCOMPARE(got.scope.symbols, expected.scope.symbols);
        QCOMPARE(got.scope.timeframe, expected.scope.timeframe);
        QCOMPARE(got.options.channels, expected.options.channels);
        QCOMPARE(got.options.rearm, expected.options.rearm);
        QCOMPARE(got.options.cooldownMs, expected.options.cooldownMs);
        QCOMPARE(got.expiresAt, expected.expiresAt);
        QCOMPARE(got.createdAt, expected.createdAt);
        QCOMPARE(got.params.direction, expected.params.direction);
        QVERIFY(got.enabled);
        QVERIFY(got.validate().isEmpty());
    }
    const auto one = repository.find(3, &error);
    QVERIFY(one);
    QCOMPARE(one->type, AlertType::PctChange);
    QCOMPARE(one->params.windowMs, 60'000);
    QVERIFY(!repository.find(999, &error));
}

void TestAlertRuleRepository::updateEnableRemove()
{
    AlertRuleRepository repository(*m_db);
    QString error;
    AlertRule rule = ruleOf(AlertType::PriceBelow);
    rule.id = *repository.insert(rule, &error);
    rule.params.level = 48.25;
    rule.name = QStringLiteral("moved");
    QVERIFY(repository.update(rule, &error));
    QCOMPARE(repository.find(rule.id, &error)->params.level, 48.25);
    QCOMPARE(repository.find(rule.id, &error)->name, QStringLiteral("moved"));
    QVERIFY(repository.setEnabled(rule.id, false, &error));
    QVERIFY(!repository.find(rule.id, &error)->enabled);
    bool removed = false;
    QVERIFY(repository.remove(rule.id, &removed, &error));
    QVERIFY(removed);
    QVERIFY(repository.remove(rule.id, &removed, &error));
    QVERIFY(!removed);
    QVERIFY(repository.all(&error).empty());
}

void TestAlertRuleRepository::invalidRuleRejected()
{
    AlertRuleRepository repository(*m_db);
    AlertRule rule = ruleOf(AlertType::PriceAbove);
    rule.params.level = -3;
    QString error;
    QVERIFY(!repository.insert(rule, &error));
    QVERIFY(error.contains(QStringLiteral("params.level")));
    QVERIFY(repository.all(&error).empty());
}

void TestAlertRuleRepository::damagedRowsSkipped()
{
    AlertRuleRepository repository(*m_db);
    QString error;
    QVERIFY(repository.insert(ruleOf(AlertType::PriceAbove), &error));
    QVERIFY(m_db->exec("INSERT INTO alert_rules (name, type, scope, params, options, created_at) VALUES "
                       "('bad json', 'price_above', '{not json', '{}', '{}', 1), "
                       "('bad type', 'moon', '{}', '{}', '{}', 1), "
                       "('bad symbol', 'price_above', '{\"symbols\":[\"binance:nope\"]}', '{}', '{}', 1)",
        &error));
    error.clear();
    const AlertRuleList rules = repository.all(&error);
    QCOMPARE(int(rules.size()), 1);
    QVERIFY(error.contains(QStringLiteral("id 2")));
    QVERIFY(error.contains(QStringLiteral("unknown type 'moon'")));
    QVERIFY(error.contains(QStringLiteral("scope.symbols")));
}

QTEST_GUILESS_MAIN(TestAlertRuleRepository)
#include "tst_alertrulerepository.moc"
