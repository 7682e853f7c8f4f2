// AlertsController (app/gui) against a real database and StorageWriter, offscreen: rule changes from the
// rules dock and the chart (enable, move the level, remove) are written, committed and read back through the
// controller's one read connection, so the list, the chart lines and rulesChanged see them at once; rules
// written by someone else show on the next reload.
#include "alertscontroller.h"

#include "alerts/alertlistdock.h"
#include "alerts/alertrulerepository.h"
#include "model/manualclock.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/storagewriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;

class TstAlertsController : public QObject
{
    Q_OBJECT

private:
    static alerts::AlertRule priceRule(double level)
    {
        alerts::AlertRule rule;
        rule.name = QStringLiteral("BTC %1").arg(level);
        rule.type = alerts::AlertType::PriceAbove;
        rule.scope.symbols = {alerts::SymbolRef{model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")}};
        rule.params.level = level;
        return rule;
    }

    static qint64 insert(storage::StorageWriter &writer, const alerts::AlertRule &rule)
    {
        auto id = std::make_shared<qint64>(0);
        const auto ticket = writer.enqueue([rule, id](storage::WriteContext &context, QString *error) {
            const auto inserted = alerts::AlertRuleRepository(context.connection).insert(rule, error);
            *id = inserted.value_or(0);
            return inserted.has_value();
        });
        return writer.waitForCommitted(ticket, 5'000) ? *id : 0;
    }

    static alerts::AlertRuleList lastRules(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? alerts::AlertRuleList{} : spy.last().at(0).value<alerts::AlertRuleList>();
    }

private slots:
    void ruleChangesAreWrittenAndReadBack()
    {
        QTemporaryDir dir;
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        QCOMPARE(storage::Database::prepare(dbPath).status, storage::Database::Status::Ok);
        storage::StorageWriter writer(dbPath);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        const qint64 first = insert(writer, priceRule(65'000));
        QVERIFY(first > 0);

        model::ManualClock clock(1'709'294'400'000);
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {dbPath, false, &clock});
        app::AlertsController controller(writer, dbPath, clock, window);
        QSignalSpy rules(&controller, &app::AlertsController::rulesChanged);
        controller.start();
        QCOMPARE(lastRules(rules).size(), size_t(1));
        QCOMPARE(lastRules(rules).front().id, first);
        QVERIFY(lastRules(rules).front().enabled);

        auto *list = window.findChild<ui::AlertListDock *>();
        QVERIFY(list);
        emit list->enabledChanged(first, false);
        QCOMPARE(lastRules(rules).size(), size_t(1));
        QVERIFY(!lastRules(rules).front().enabled);

        controller.moveRuleLevel(first, 66'500);
        QCOMPARE(lastRules(rules).front().params.level, 66'500.0);

        // A rule another writer added appears with the next change: the held connection is not stuck on an
        // old snapshot.
        const qint64 second = insert(writer, priceRule(70'000));
        QVERIFY(second > 0);
        emit list->removeRuleRequested(first);
        QCOMPARE(lastRules(rules).size(), size_t(1));
        QCOMPARE(lastRules(rules).front().id, second);
        QCOMPARE(lastRules(rules).front().params.level, 70'000.0);

        // Moving the level of a rule that is gone writes nothing.
        const auto before = rules.size();
        controller.moveRuleLevel(first, 1.0);
        QCOMPARE(rules.size(), before);

        controller.stop();
        writer.stop();
    }
};

QTEST_MAIN(TstAlertsController)
#include "tst_alertscontroller.moc"
