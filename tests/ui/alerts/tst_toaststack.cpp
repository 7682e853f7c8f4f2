#include "alerts/toaststack.h"

#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

using namespace cl;

namespace {

alerts::AlertFiring firing(const QString &message)
{
    alerts::AlertFiring f;
    f.ruleName = QStringLiteral("BTC 65k");
    f.message = message;
    f.firedAt = 1'709'294'400'000;
    f.symbol = alerts::SymbolRef{model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")};
    f.timeframe = model::Timeframe::H1;
    return f;
}

} // namespace

class TestToastStack : public QObject
{
    Q_OBJECT

private slots:
    void showsStacksAndExpires()
    {
        QMainWindow window;
        window.resize(900, 600);
        window.show();
        ui::ToastStack stack(&window);
        stack.setDisplayMs(200);
        stack.setMaxToasts(2);
        QVERIFY(!stack.isVisible());
        stack.showFiring(firing(QStringLiteral("one")));
        stack.showFiring(firing(QStringLiteral("two")));
        QVERIFY(stack.isVisible());
        QCOMPARE(stack.visibleToasts(), 2);
        stack.showFiring(firing(QStringLiteral("three"))); // the oldest makes room
        QCOMPARE(stack.texts(), (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
        // Bottom-right inside the window.
        QVERIFY(stack.geometry().right() <= window.width());
        QVERIFY(stack.geometry().bottom() <= window.height());
        QVERIFY(stack.geometry().left() > window.width() / 2);
        QTRY_COMPARE(stack.visibleToasts(), 0);
        QVERIFY(!stack.isVisible());
    }

    void clickAsksForTheChart()
    {
        QMainWindow window;
        window.resize(900, 600);
        window.show();
        ui::ToastStack stack(&window);
        QSignalSpy chart(&stack, &ui::ToastStack::chartRequested);
        stack.showFiring(firing(QStringLiteral("crossed")));
        auto *toast = stack.findChild<QWidget *>(QStringLiteral("alertToast"));
        QVERIFY(toast);
        QTest::mouseClick(toast, Qt::LeftButton);
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.at(0).at(0).toString(), QStringLiteral("binance"));
        QCOMPARE(chart.at(0).at(1).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(chart.at(0).at(2).toString(), QStringLiteral("1h"));
        QTRY_COMPARE(stack.visibleToasts(), 0);
    }
};

QTEST_MAIN(TestToastStack)
#include "tst_toaststack.moc"
