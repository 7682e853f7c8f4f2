// Screenshots for exports come only from the data folder.
#include "portfolio/screenshotresolver.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using cl::portfolio::ScreenshotResolver;

class TstScreenshotResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_data;

private slots:
    void initTestCase()
    {
        m_data = m_root.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_data + QStringLiteral("/shots/sub")));
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("data-other"))));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_data + QStringLiteral("/shots/a.png")));
        QVERIFY(image.save(m_data + QStringLiteral("/shots/sub/b.jpg")));
        QVERIFY(image.save(m_root.filePath(QStringLiteral("outside.png"))));
        QVERIFY(image.save(m_root.filePath(QStringLiteral("data-other/c.png"))));
        QVERIFY(QFile::link(m_root.filePath(QStringLiteral("outside.png")), m_data + QStringLiteral("/shots/out.png")));
        QVERIFY(QFile::link(m_data + QStringLiteral("/shots/a.png"), m_data + QStringLiteral("/shots/in.png")));
        QFile text(m_data + QStringLiteral("/shots/fake.png"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("<html>not an image</html>");
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why"); // empty: accepted
        QTest::newRow("relative") << QStringLiteral("shots/a.png") << QString();
        QTest::newRow("nested") << QStringLiteral("shots/sub/b.jpg") << QString();
        QTest::newRow("dot segments inside") << QStringLiteral("shots/sub/../a.png") << QString();
        QTest::newRow("link inside") << QStringLiteral("shots/in.png") << QString();
        QTest::newRow("absolute inside") << m_data + QStringLiteral("/shots/a.png") << QString();
        QTest::newRow("escape with ..") << QStringLiteral("../outside.png") << QStringLiteral("outside the data folder");
        QTest::newRow("absolute outside") << m_root.filePath(QStringLiteral("outside.png")) << QStringLiteral("outside the data folder");
        QTest::newRow("sibling with the same prefix") << QStringLiteral("../data-other/c.png") << QStringLiteral("outside the data folder");
        QTest::newRow("link out") << QStringLiteral("shots/out.png") << QStringLiteral("outside the data folder");
        QTest::newRow("missing") << QStringLiteral("shots/none.png") << QStringLiteral("file not found");
        QTest::newRow("folder") << QStringLiteral("shots/sub") << QStringLiteral("not a file");
        QTest::newRow("not an image") << QStringLiteral("shots/fake.png") << QStringLiteral("not a readable image");
        QTest::newRow("system file") << QStringLiteral("/etc/passwd") << QStringLiteral("outside the data folder");
    }
    void resolve()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        const ScreenshotResolver resolver(m_data);
        QString reason;
        const QString resolved = resolver.resolve(path, &reason);
        if (why.isEmpty()) {
            QVERIFY2(!resolved.isEmpty(), qPrintable(reason));
            QVERIFY(resolved.startsWith(QFileInfo(m_data).canonicalFilePath() + QLatin1Char('/')));
        } else {
            QVERIFY(resolved.isEmpty());
            QCOMPARE(reason, why);
        }
    }

    void missingDataFolder()
    {
        QString reason;
        QVERIFY(ScreenshotResolver(m_root.filePath(QStringLiteral("nope"))).resolve(QStringLiteral("a.png"), &reason).isEmpty());
        QCOMPARE(reason, QStringLiteral("the data folder does not exist"));
    }
};

QTEST_MAIN(TstScreenshotResolver)
#include "tst_screenshotresolver.moc"
