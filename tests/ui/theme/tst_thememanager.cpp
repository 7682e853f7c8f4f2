#include "theme/chartthemes.h"
#include "theme/thememanager.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace cl;

class TstThemeManager : public QObject
{
    Q_OBJECT

private slots:
    void appliesFusionPaletteAndFont_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << QStringLiteral("dark") << true;
        QTest::newRow("light") << QStringLiteral("light") << false;
        QTest::newRow("unknown falls back to dark") << QStringLiteral("purple") << true;
        QTest::newRow("empty falls back to dark") << QString() << true;
    }
    void appliesFusionPaletteAndFont()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        auto &manager = ui::ThemeManager::instance();
        QSignalSpy changed(&manager, &ui::ThemeManager::themeChanged);
        manager.apply(name, 13);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QColor window = QApplication::palette().color(QPalette::Window);
        QCOMPARE(window.lightness() < 128, dark);
        // Text must stand out from its background in both themes.
        const QColor text = QApplication::palette().color(QPalette::Text);
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY(std::abs(text.lightness() - base.lightness()) > 150);
        QCOMPARE(QApplication::font().pointSize(), 13);
        QCOMPARE(manager.current().name(), dark ? QStringLiteral("dark") : QStringLiteral("light"));
    }

    void zeroFontSizeRestoresThePlatformSize()
    {
        auto &manager = ui::ThemeManager::instance();
        manager.apply(QStringLiteral("dark"), 0);
        const int platform = QApplication::font().pointSize();
        manager.apply(QStringLiteral("dark"), 20);
        QCOMPARE(QApplication::font().pointSize(), 20);
        manager.apply(QStringLiteral("dark"), 0);
        QCOMPARE(QApplication::font().pointSize(), platform);
    }

    void chartColoursComeFromTheTheme()
    {
        for (const ui::Theme &theme : {ui::Theme::dark(), ui::Theme::light()}) {
            const chart::ChartTheme colours = ui::chartThemeFor(theme);
            QCOMPARE(colours.background, theme.chartBackground);
            QCOMPARE(colours.bullish, theme.bullish);
            QCOMPARE(colours.bearish, theme.bearish);
            QCOMPARE(colours.grid, theme.chartGrid);
            QCOMPARE(colours.bullishVolume.rgb(), theme.bullish.rgb());
        }
        QVERIFY(ui::Theme::dark().chartBackground != ui::Theme::light().chartBackground);
    }
};

QTEST_MAIN(TstThemeManager)
#include "tst_thememanager.moc"
