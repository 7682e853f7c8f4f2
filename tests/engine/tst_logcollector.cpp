#include "engine/logcollector.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "cryptolens.test")

using cl::engine::LogCollector;

class TstLogCollector : public QObject
{
    Q_OBJECT

private slots:
    void writesCategorizedLinesToTheFileAndSignal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cryptolens.log"));
        QString error;
        QVERIFY2(LogCollector::instance().install(path, false, &error), qPrintable(error));
        QSignalSpy spy(&LogCollector::instance(), &LogCollector::messageLogged);
        qCInfo(lcTest) << "hello from the test";
        qCWarning(lcTest) << "careful";
        qCDebug(lcTest) << "hidden at info level";
        LogCollector::instance().uninstall();

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QLatin1String("info [cryptolens.test] hello from the test")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("warning [cryptolens.test] careful")));
        QVERIFY(!text.contains(QLatin1String("hidden")));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy[1][1].toString(), QStringLiteral("cryptolens.test"));
    }

    void unwritablePathIsAReadableError()
    {
        QString error;
        QVERIFY(!LogCollector::instance().install(QStringLiteral("/proc/nope/cryptolens.log"), false, &error));
        QVERIFY(error.contains(QLatin1String("/proc/nope/cryptolens.log")));
    }
};

QTEST_GUILESS_MAIN(TstLogCollector)
#include "tst_logcollector.moc"
