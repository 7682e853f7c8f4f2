// ToastStack: toasts stack bottom-right, expire, make room, ask for the chart when clicked, and size
// themselves to their text (wrapped at a maximum width, as high as the wrapped text) at the device pixel
// ratio the run has (ctest runs this at 1 and, as tst_toaststack_dpr2, at 2).
#include "alerts/toaststack.h"

#include <QDir>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

using namespace cl;

namespace {

alerts::AlertFiring firing(const QString &message, const QString &rule = QStringLiteral("BTC 65k"))
{
    alerts::AlertFiring f;
    f.ruleName = rule;
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

    void toastFitsItsText_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("wraps"); // a line too long for the widest toast
        QTest::newRow("short") << QStringLiteral("BTC 65k") << QStringLiteral("crossed") << false;
        QTest::newRow("sentence") << QStringLiteral("BTC 65k")
                                  << QStringLiteral("BTC/USDT on Binance crossed above 65,000.00 (last 65,012.40) on the 1h "
                                                    "timeframe; the rule fires once and is now disabled until you re-enable it.")
                                  << true;
        QTest::newRow("long rule name") << QStringLiteral("Breakout watch for ETH/USDT above the weekly high of last month")
                                        << QStringLiteral("crossed above 4,100.00") << true;
        QTest::newRow("line breaks") << QStringLiteral("Volume")
                                     << QStringLiteral("SOL/USDT volume spike\n3.4x the 20-candle average\non 5m") << false;
        QTest::newRow("no rule name") << QString() << QStringLiteral("crossed below 3,000.00") << false;
    }

    void toastFitsItsText()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        QFETCH(bool, wraps);
        QMainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qInfo() << "device pixel ratio" << window.devicePixelRatio();
        if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
            QCOMPARE(window.devicePixelRatio(), 2.0);
        ui::ToastStack stack(&window);
        stack.showFiring(firing(message, rule));
        QCoreApplication::processEvents();
        auto *toast = stack.findChild<QWidget *>(QStringLiteral("alertToast"));
        QVERIFY(toast);
        QVERIFY(toast->isVisible());
        QVERIFY(toast->width() >= ui::ToastStack::kMinToastWidth);
        QVERIFY(toast->width() <= ui::ToastStack::kMaxToastWidth);
        // Short text makes a narrow toast; text that wraps uses (nearly) the widest toast before wrapping.
        const auto *longest = rule.size() > message.size() ? toast->findChild<QLabel *>(QStringLiteral("toastTitle"))
                                                           : toast->findChild<QLabel *>(QStringLiteral("toastMessage"));
        const int lines = message.count(QLatin1Char('\n')) + 1;
        QCOMPARE(longest->height() > (lines + 0.5) * QFontMetrics(longest->font()).lineSpacing(), wraps);
        if (wraps)
            QVERIFY(toast->width() >= ui::ToastStack::kMaxToastWidth * 3 / 4);
        else if (lines == 1)
            QVERIFY(toast->width() < ui::ToastStack::kMaxToastWidth);
        // Every label gets the height its wrapped text needs at its width, inside the toast's frame, and the
        // toast lies wholly inside the stack, the stack inside the window.
        const QRect inside = toast->contentsRect();
        for (auto *label : toast->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
            QVERIFY2(inside.contains(label->geometry()), qPrintable(label->text()));
            // No line is wider than the label: word wrap found its breaks.
            const QFontMetrics metrics(label->font());
            const QRect text = metrics.boundingRect(QRect(0, 0, label->width(), 100'000), Qt::TextWordWrap, label->text());
            QVERIFY2(text.width() <= label->width(), qPrintable(label->text()));
            QVERIFY2(text.height() <= label->height(), qPrintable(label->text()));
        }
        QVERIFY(stack.rect().contains(toast->geometry()));
        QVERIFY(window.rect().contains(stack.geometry()));
        QCOMPARE(toast->findChild<QLabel *>(QStringLiteral("toastTitle"))->isVisible(), !rule.isEmpty());
        // What the screen shows: the toast's own pixels, saved for a person to look at.
        const QImage image = toast->grab().toImage();
        QCOMPARE(image.size(), toast->size() * window.devicePixelRatio());
        const QString name = QStringLiteral("toast-%1-dpr%2.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))).arg(window.devicePixelRatio());
        QVERIFY(image.save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(name)));
    }

    void longerTextMakesTallerToastsThatStillStack()
    {
        QMainWindow window;
        window.resize(900, 600);
        window.show();
        ui::ToastStack stack(&window);
        stack.showFiring(firing(QStringLiteral("crossed")));
        stack.showFiring(firing(QString(QStringLiteral("crossed above the level, ")).repeated(8)));
        QCoreApplication::processEvents();
        const auto toasts = stack.findChildren<QWidget *>(QStringLiteral("alertToast"));
        QCOMPARE(toasts.size(), 2);
        QVERIFY(toasts[1]->height() > toasts[0]->height());
        QVERIFY(toasts[1]->width() > toasts[0]->width());
        QVERIFY(!toasts[0]->geometry().intersects(toasts[1]->geometry()));
        // Right-aligned in the corner, whatever their widths.
        QCOMPARE(toasts[0]->geometry().right(), stack.rect().right());
        QCOMPARE(toasts[1]->geometry().right(), stack.rect().right());
        QVERIFY(stack.rect().contains(toasts[1]->geometry()));
        QVERIFY(window.grab().save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR))
                                       .filePath(QStringLiteral("toasts-window-dpr%1.png").arg(window.devicePixelRatio()))));
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
