#include "alerts/alerteditordialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QTest>

using namespace cl;

class TestAlertEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void prefillFromTheChart_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("last");
        QTest::addColumn<int>("type");
        QTest::newRow("above the market") << 66000.0 << 65000.0 << int(alerts::AlertType::PriceAbove);
        QTest::newRow("below the market") << 64000.0 << 65000.0 << int(alerts::AlertType::PriceBelow);
    }

    void prefillFromTheChart()
    {
        QFETCH(double, price);
        QFETCH(double, last);
        QFETCH(int, type);
        ui::AlertEditorDialog dialog;
        dialog.prefill(model::ExchangeId::Bybit, *model::Symbol::parse(u"BTC/USDT"), price, last);
        const alerts::AlertRule rule = dialog.rule();
        QCOMPARE(int(rule.type), type);
        QCOMPARE(rule.params.level, price);
        QCOMPARE(rule.scope.symbols.size(), size_t(1));
        QCOMPARE(rule.scope.symbols[0].exchange, model::ExchangeId::Bybit);
        QCOMPARE(rule.scope.symbols[0].symbol.toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(rule.options.sound, QStringLiteral("beep"));
        QVERIFY(rule.validate().isEmpty());
        QVERIFY(!rule.name.isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editRoundTrip()
    {
        alerts::AlertRule in;
        in.id = 9;
        in.createdAt = 123;
        in.name = QStringLiteral("rsi ob");
        in.type = alerts::AlertType::RsiAbove;
        in.scope.symbols.push_back({model::ExchangeId::Okx, *model::Symbol::parse(u"SOL/USDT")});
        in.scope.symbols.push_back({model::ExchangeId::Okx, *model::Symbol::parse(u"ETH/USDT")});
        in.scope.timeframe = model::Timeframe::H4;
        in.params.level = 72.5;
        in.params.period = 21;
        in.options.rearm = true;
        in.options.cooldownMs = 600'000;
        in.options.activeFromMinute = 22 * 60;
        in.options.activeToMinute = 6 * 60;
        in.options.channels = {QStringLiteral("ntfy"), QStringLiteral("ops")};
        in.expiresAt = 1'893'456'000'000;
        ui::AlertEditorDialog dialog;
        dialog.setRule(in);
        const alerts::AlertRule out = dialog.rule();
        QCOMPARE(out.id, 9);
        QCOMPARE(out.createdAt, 123);
        QCOMPARE(out.name, in.name);
        QCOMPARE(out.type, in.type);
        QCOMPARE(out.scope.symbols, in.scope.symbols);
        QCOMPARE(out.scope.timeframe, in.scope.timeframe);
        QCOMPARE(out.params.level, 72.5);
        QCOMPARE(out.params.period, 21);
        QCOMPARE(out.options.cooldownMs, 600'000);
        QCOMPARE(out.options.activeFromMinute, 22 * 60);
        QCOMPARE(out.options.activeToMinute, 6 * 60);
        QCOMPARE(out.options.channels, in.options.channels);
        QCOMPARE(out.expiresAt, in.expiresAt);
    }

    void expiryDefaultsToAWeekAfterNow()
    {
        ui::AlertEditorDialog dialog;
        dialog.prefill(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT"), 100.0);
        dialog.setNowMs(1'709'294'400'000);
        QCOMPARE(dialog.rule().expiresAt, 0); // off unless ticked
        auto *expires = dialog.findChild<QDateTimeEdit *>(QStringLiteral("alertExpiry"));
        QVERIFY(expires);
        QCOMPARE(expires->dateTime().toMSecsSinceEpoch(), 1'709'294'400'000 + 7 * 86'400'000LL);
    }

    void invalidStaysOpen()
    {
        ui::AlertEditorDialog dialog;
        dialog.prefill(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT"), 0.0);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.errorText().contains(QStringLiteral("params.level")));
        alerts::AlertRule bad;
        bad.params.level = 5;
        bad.scope.symbols.push_back({model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")});
        dialog.setRule(bad);
        // An unparsable symbol is named.
        const auto edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->text() == QLatin1String("BTC/USDT"))
                edit->setText(QStringLiteral("BTC/USDT, nonsense"));
        }
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("nonsense")), qPrintable(dialog.errorText()));
    }
};

QTEST_MAIN(TestAlertEditorDialog)
#include "tst_alerteditordialog.moc"
