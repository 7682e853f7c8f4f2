// The Markdown journal: file plus images folder, its structure, escaping and the screenshot policy.
#include "journalfixture.h"
#include "portfolio/journalmarkdownexporter.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>

using namespace cl::portfolio;

class TstJournalMarkdownExporter : public QObject
{
    Q_OBJECT

private:
    cl::test::JournalFixture m_fixture;
    QString m_out;
    QString m_text;
    JournalExportResult m_result;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.build());
        m_out = m_fixture.root.filePath(QStringLiteral("export/My journal.md"));
        QVERIFY(QDir().mkpath(QFileInfo(m_out).path()));
        JournalExportOptions options;
        options.dataDir = m_fixture.dataDir;
        options.generatedAt = 1'709'294'400'000;
        m_result = JournalMarkdownExporter::write(m_fixture.snapshot(), m_out, options);
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
        QFile file(m_out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_text = QString::fromUtf8(file.readAll());
    }

    void writesTheFileAndTheImagesFolderBesideIt()
    {
        const QDir images(m_fixture.root.filePath(QStringLiteral("export/My journal_images")));
        QVERIFY(images.exists());
        const QImage equity(images.filePath(QStringLiteral("equity.png")));
        QVERIFY(!equity.isNull());
        QVERIFY(equity.width() >= 1000);
        QCOMPARE(images.entryList(QDir::Files).size(), 2); // the curve and the one accepted screenshot
        QVERIFY(m_text.contains(QStringLiteral("](My%20journal_images/equity.png)")));
        QCOMPARE(m_result.trades, 3);
        QCOMPARE(m_result.images, 1);
    }

    void hasTheSectionsInOrder()
    {
        const QStringList headings{QStringLiteral("# Trading journal: Swing &lt;desk>"), QStringLiteral("## Summary"),
                                   QStringLiteral("## Equity curve"),  QStringLiteral("## Monthly P&L"),
                                   QStringLiteral("## Trades"),         QStringLiteral("## Trade T1: BTC/USDT long"),
                                   QStringLiteral("### Pre-trade plan (mood: confident)"),
                                   QStringLiteral("### During the trade (mood: neutral)"),
                                   QStringLiteral("### Post-trade review (mood: fearful)"), QStringLiteral("### Lesson"),
                                   QStringLiteral("## Trade T2: BTC/USDT short"), QStringLiteral("### Post-trade review (mood: revenge)"),
                                   QStringLiteral("## Trade T3: BTC/USDT long (open)")};
        qsizetype at = 0;
        for (const QString &h : headings) {
            const qsizetype found = m_text.indexOf(QLatin1Char('\n') + h + QLatin1Char('\n'), at);
            QVERIFY2(found >= 0 || (at == 0 && m_text.startsWith(h + QLatin1Char('\n'))), qPrintable(h));
            at = std::max(at, found);
        }
        QVERIFY(m_text.contains(QStringLiteral("_No journal entries._")));
    }

    void summaryTableHasTheMetrics()
    {
        QVERIFY(m_text.contains(QStringLiteral("| Metric | Value | Convention |")));
        QVERIFY(m_text.contains(QStringLiteral("| Closed trades | 2 | 1 open trades not counted |")));
        QVERIFY(m_text.contains(QStringLiteral("| Profit factor | 0.96 |")));
        QVERIFY(m_text.contains(QStringLiteral("| Net profit | -4.00 USDT (-0.04 %) |")));
        QVERIFY(m_text.contains(QStringLiteral("| 2024 | 98.00<br>0.98 % | -102.00<br>")));
        QVERIFY(m_text.contains(QStringLiteral("## Breakdowns")));
        QVERIFY(m_text.contains(QStringLiteral("### By tag\n\n| Group | Trades | Win rate | Net P&amp;L |")));
        QVERIFY(m_text.contains(QStringLiteral("| breakout | 1 | 100.0 % | 98.00 | ∞ | 98.00 |")));
        QVERIFY(m_text.contains(QStringLiteral("| revenge | 1 | 0.0 % | -102.00 | 0.00 |")));
    }

    void tradeFactsTagsAndEntries()
    {
        QVERIFY(m_text.contains(QStringLiteral("| Entry | 2024-01-30 08:00 UTC at 40000 |")));
        QVERIFY(m_text.contains(QStringLiteral("| P&amp;L | 98.00 USDT (2.45 %) |")));
        QVERIFY(m_text.contains(QStringLiteral("| Tags | breakout |")));
        QVERIFY(m_text.contains(QStringLiteral("| Mood | confident |")));
        QVERIFY(m_text.contains(QStringLiteral("Buy the **4h FVG** after the sweep.")));  // Markdown kept
        QVERIFY(m_text.contains(QStringLiteral("- stop under the sweep")));
        QVERIFY(m_text.contains(QStringLiteral("Write the exit rule before the entry.")));
        QVERIFY(m_text.contains(QStringLiteral("Revenge short | chased the move.")));
    }

    void userHtmlIsNeutralised()
    {
        QVERIFY(m_text.contains(QStringLiteral("Literal: &lt;b>x&lt;/b> and &lt;img src=\"../outside.png\">")));
        QVERIFY(!m_text.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(m_text.contains(QStringLiteral("left 2R on the table")));
        QVERIFY(m_text.contains(QStringLiteral("41000 &amp; left")));
        QCOMPARE(JournalMarkdownExporter::neutraliseHtml(QStringLiteral("a <i>b</i> `<kbd>` c\n```\n<pre>\n```")),
                 QStringLiteral("a &lt;i>b&lt;/i> `<kbd>` c\n```\n<pre>\n```"));
        QCOMPARE(JournalMarkdownExporter::cell(QStringLiteral("a|b\nc")), QStringLiteral("a\\|b c"));
    }

    void onlyScreenshotsFromTheDataFolder()
    {
        QVERIFY(m_text.contains(QStringLiteral("![setup.png](My%20journal_images/trade-1-1.png)")));
        QCOMPARE(m_result.warnings.size(), 5);
        const QString all = m_result.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("'../outside.png' skipped: outside the data folder")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("'screenshots/link-out.png' skipped: outside the data folder")));
        QVERIFY(all.contains(QStringLiteral("'screenshots/missing.png' skipped: file not found")));
        QVERIFY(all.contains(QStringLiteral("'screenshots/notes.png' skipped: not a readable image")));
    }

    void reExportReplacesTheImages()
    {
        JournalExportOptions options;
        options.dataDir = m_fixture.dataDir;
        const auto again = JournalMarkdownExporter::write(m_fixture.snapshot(), m_out, options);
        QVERIFY(again.ok);
        QCOMPARE(QDir(m_fixture.root.filePath(QStringLiteral("export/My journal_images"))).entryList(QDir::Files).size(), 2);
    }

    void unwritableTargetIsAnError()
    {
        JournalExportOptions options;
        options.dataDir = m_fixture.dataDir;
        const auto r = JournalMarkdownExporter::write(m_fixture.snapshot(), QStringLiteral("/proc/cannot/journal.md"), options);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_MAIN(TstJournalMarkdownExporter)
#include "tst_journalmarkdownexporter.moc"
