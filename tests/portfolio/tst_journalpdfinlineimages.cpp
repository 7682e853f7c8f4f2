// A Markdown image link in a journal entry must not pull a file into the PDF: Qt's text layout reads an
// <img> path itself when the document has no resource for it, so the exporter turns inline images into text.
#include "journalfixture.h"
#include "portfolio/journalpdfexporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cl::portfolio;

class TstJournalPdfInlineImages : public QObject
{
    Q_OBJECT

private:
    static QByteArray run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.start(tool, arguments);
        process.waitForFinished(60'000);
        return process.readAllStandardOutput();
    }

    static int imageCount(const QString &pdf)
    {
        // pdfimages -list: two header lines, then one line per image.
        return int(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split('\n').size()) - 3;
    }

private slots:
    void inlineImagesAreNotLoaded()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        cl::test::JournalFixture fixture;
        QVERIFY(fixture.build());
        JournalExportOptions options;
        options.dataDir = fixture.dataDir;
        const QString plain = fixture.root.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(JournalPdfExporter::write(fixture.snapshot(), plain, options).ok);

        // The same journal with links to an image outside the data folder (absolute) and inside it.
        const QString outside = fixture.root.filePath(QStringLiteral("outside.png"));
        JournalRepository journal(fixture.connection);
        const qint64 trade = fixture.snapshot().trades.front().id;
        JournalEntry e;
        e.tradeId = trade;
        e.phase = JournalPhase::Lesson;
        e.content = QStringLiteral("Absolute: ![a](%1) inside: ![b](%2/screenshots/setup.png)").arg(outside, fixture.dataDir);
        QString error;
        QVERIFY(journal.add(e, &error));
        const QString linked = fixture.root.filePath(QStringLiteral("linked.pdf"));
        QVERIFY(JournalPdfExporter::write(fixture.snapshot(), linked, options).ok);

        QVERIFY(imageCount(plain) > 0);
        QCOMPARE(imageCount(linked), imageCount(plain));
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), linked, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("[image: outside.png]")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("[image: setup.png]")));
    }
};

QTEST_MAIN(TstJournalPdfInlineImages)
#include "tst_journalpdfinlineimages.moc"
