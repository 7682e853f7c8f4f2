#include "shell/localization.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/datalocation.h"

#include <QApplication>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;

class TstLocalization : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(const QMainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private slots:
    void everyLanguageIsCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QString>("file"); // "&File" in that language
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es") << QStringLiteral("&Archivo");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("&File");
        QTest::newRow("unknown language: English") << QStringLiteral("xx") << QStringLiteral("en") << QStringLiteral("&File");
    }
    void everyLanguageIsCompiledIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, loaded);
        QFETCH(QString, file);
        QCOMPARE(ui::installTranslators(*qApp, language), loaded);
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        QVERIFY2(menuTitles(window).contains(file), qPrintable(menuTitles(window).join(QLatin1Char('|'))));
        ui::installTranslators(*qApp, QStringLiteral("en"));
    }

    void germanStringsAppearInTheWindow()
    {
        QCOMPARE(ui::installTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("cl::ui::MainWindow", "&Reset layout"), QStringLiteral("Layout &zurücksetzen"));
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionResetLayout"))->text(), QStringLiteral("Layout &zurücksetzen"));
        // Installing another language replaces the first.
        QCOMPARE(ui::installTranslators(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("cl::ui::MainWindow", "&Reset layout"), QStringLiteral("&Reset layout"));
    }
};

QTEST_MAIN(TstLocalization)
#include "tst_localization.moc"
