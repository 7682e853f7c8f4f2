// The PDF journal, read back with poppler-utils: A4, the text of every entry, user HTML shown literally,
// only the data folder's screenshots embedded.
#include "journalfixture.h"
#include "portfolio/journalpdfexporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cl::portfolio;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60'000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TstJournalPdfExporter : public QObject
{
    Q_OBJECT

private:
    cl::test::JournalFixture m_fixture;
    QString m_pdf;
    QString m_text;
    JournalExportResult m_result;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: run packaging/linux/install-deps");
        QVERIFY(m_fixture.build());
        m_pdf = m_fixture.root.filePath(QStringLiteral("journal.pdf"));
        JournalExportOptions options;
        options.dataDir = m_fixture.dataDir;
        options.generatedAt = 1'709'294'400'000;
        m_result = JournalPdfExporter::write(m_fixture.snapshot(), m_pdf, options);
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
        // -raw keeps the text in reading order, one line per line of the page.
        // NFKC turns the typographic ligatures the PDF uses (U+FB01 for "fi") back into letters.
        m_text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), m_pdf, QStringLiteral("-")})
                     .normalized(QString::NormalizationForm_KC);
        QVERIFY(!m_text.isEmpty());
    }

    void isAnA4Pdf()
    {
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString info = runTool(QStringLiteral("pdfinfo"), {m_pdf});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Trading journal: Swing <desk>")));
    }

    void coverHasTheSummary()
    {
        for (const char *text : {"CRYPTOLENS · TRADING JOURNAL", "Swing <desk>", "Net profit (USDT)", "Profit factor", "Summary",
                                 "Sharpe", "Max drawdown", "Monthly P&L", "Breakdowns", "By entry weekday (UTC)", "By mood"})
            QVERIFY2(m_text.contains(QString::fromUtf8(text)), text);
        QVERIFY(m_text.contains(QStringLiteral("page 1 /")));
    }

    void everyTradeAndEntryIsThere()
    {
        for (const char *text : {"Trade T1: BTC/USDT long", "Trade T2: BTC/USDT short", "Trade T3: BTC/USDT long (open)",
                                 "Pre-trade plan", "mood: confident", "During the trade", "mood: neutral",
                                 "Moved the stop to break-even at 40800.", "Post-trade review", "mood: fearful",
                                 "Exited early at 41000 & left 2R on the table.", "Lesson",
                                 "Write the exit rule before the entry.", "mood: revenge", "Revenge short | chased the move.",
                                 "stop under the sweep", "No journal entries.", "breakout", "98.00 USDT"})
            QVERIFY2(m_text.contains(QString::fromUtf8(text)), text);
        QCOMPARE(m_result.trades, 3);
    }

    void userHtmlIsShownNotInterpreted()
    {
        QVERIFY2(m_text.contains(QStringLiteral("<b>x</b>")), qPrintable(m_text));
        QVERIFY(m_text.contains(QStringLiteral("<img src=\"../outside.png\">")));
        // Markdown itself is rendered: the ** markers are gone.
        QVERIFY(m_text.contains(QStringLiteral("Buy the 4h FVG after the sweep.")));
    }

    void onlyScreenshotsFromTheDataFolderAreEmbedded()
    {
        // pdfimages -list: two header lines, then one line per image: the equity curve and setup.png.
        const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size() - 2, 2);
        QCOMPARE(m_result.images, 1);
        QCOMPARE(m_result.warnings.size(), 5);
        QVERIFY(m_result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("'../outside.png' skipped: outside the data folder")));
        QVERIFY(m_text.contains(QStringLiteral("setup.png")));
    }
};

QTEST_MAIN(TstJournalPdfExporter)
#include "tst_journalpdfexporter.moc"
