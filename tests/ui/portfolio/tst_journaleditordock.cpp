#include "portfolio/journaleditordock.h"
#include "portfolio/markdownpreview.h"

#include "../../portfolio/journalfixture.h"
#include "model/manualclock.h"
#include "portfolio/journalrepository.h"
#include "portfolio/pretradechecklist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cl::portfolio;
using cl::ui::JournalEditorDock;

class TstJournalEditorDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cl::test::JournalFixture> m_fixture;
    cl::model::ManualClock m_clock{1'700'000'000'000};
    qint64 m_trade = 0;   // T3: open, no journal yet

    // What another process would find in the database file now (the editor's own connection may hold
    // nothing back: the test reads through a second connection, as the app after a crash would).
    QString storedText(JournalPhase phase)
    {
        cl::storage::SqlConnection reader;
        QString error;
        if (!reader.open(m_fixture->connection.path(), cl::storage::SqlConnection::Mode::ReadOnly, &error))
            return QStringLiteral("<cannot open: %1>").arg(error);
        for (const JournalEntry &e : JournalRepository(reader).forTrade(m_trade)) {
            if (e.phase == phase)
                return e.content;
        }
        return {};
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<cl::test::JournalFixture>();
        QVERIFY(m_fixture->build());
        for (const Trade &t : m_fixture->snapshot().trades) {
            if (t.externalId == QLatin1String("T3"))
                m_trade = t.id;
        }
        QVERIFY(m_trade > 0);
    }
    void cleanup() { m_fixture.reset(); }

    void autosavesAfterThePause()
    {
        JournalEditorDock dock(m_fixture->connection, m_clock, m_fixture->dataDir);
        dock.setTrade(m_trade);
        QSignalSpy saved(&dock, &JournalEditorDock::saved);
        QTest::keyClicks(dock.editor(), QStringLiteral("Plan: buy the retest"));
        QVERIFY(dock.hasUnsavedChanges());
        QCOMPARE(saved.count(), 0);   // not on every keystroke
        QTRY_COMPARE_WITH_TIMEOUT(storedText(JournalPhase::Plan), QStringLiteral("Plan: buy the retest"), 2000);
        QVERIFY(!dock.hasUnsavedChanges());
        QCOMPARE(saved.count(), 1);   // debounced into one write
    }

    void recoversAfterASimulatedCrash()
    {
        // Leaked on purpose and never closed: its destructor's and closeEvent's flush is what a crash skips.
        auto *dock = new JournalEditorDock(m_fixture->connection, m_clock, m_fixture->dataDir);
        dock->setTrade(m_trade);
        dock->setPhase(JournalPhase::Review);
        // Typing that never pauses long enough for the idle save: the max-wait save must still come, so at
        // every moment everything typed more than 2 s ago is in the file.
        QElapsedTimer typing;
        typing.start();
        QString typed;
        std::vector<std::pair<qint64, qsizetype>> history;   // (ms, characters typed by then)
        while (typing.elapsed() < 3000) {
            QTest::keyClicks(dock->editor(), QStringLiteral("x"));
            typed += QLatin1Char('x');
            history.emplace_back(typing.elapsed(), typed.size());
            QTest::qWait(40);
            const QString stored = storedText(JournalPhase::Review);
            QVERIFY(typed.startsWith(stored));
            for (const auto &[ms, size] : history) {
                if (ms < typing.elapsed() - 2000)
                    QVERIFY2(stored.size() >= size, qPrintable(QStringLiteral("%1 chars typed at %2 ms not saved at %3 ms")
                                                                  .arg(size).arg(ms).arg(typing.elapsed())));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(storedText(JournalPhase::Review), typed, 2000);
        // The crash: the last keystrokes never get their save (the dock is leaked, never closed or destroyed).
        QTest::keyClicks(dock->editor(), QStringLiteral(" lost"));
        for (QTimer *t : dock->findChildren<QTimer *>())
            t->stop();
        cl::storage::SqlConnection reopened;
        QString error;
        QVERIFY(reopened.open(m_fixture->connection.path(), cl::storage::SqlConnection::Mode::ReadWrite, &error));
        JournalEditorDock recovered(reopened, m_clock, m_fixture->dataDir);
        recovered.setTrade(m_trade);
        recovered.setPhase(JournalPhase::Review);
        QCOMPARE(recovered.editor()->toPlainText(), typed);
        recovered.editor()->setPlainText(typed + QStringLiteral(" recovered"));
        QVERIFY(recovered.flush());
        QCOMPARE(storedText(JournalPhase::Review), QString(typed + QStringLiteral(" recovered")));
    }

    void savesOnClosePhaseAndTradeSwitch()
    {
        JournalEditorDock dock(m_fixture->connection, m_clock, m_fixture->dataDir);
        dock.setTrade(m_trade);
        dock.editor()->setPlainText(QStringLiteral("plan text"));
        dock.setPhase(JournalPhase::Lesson);   // switching keeps the plan in memory, saved with the next flush
        dock.editor()->setPlainText(QStringLiteral("lesson text"));
        dock.close();
        QCOMPARE(storedText(JournalPhase::Plan), QStringLiteral("plan text"));
        QCOMPARE(storedText(JournalPhase::Lesson), QStringLiteral("lesson text"));
        dock.setPhase(JournalPhase::During);
        dock.editor()->setPlainText(QStringLiteral("during text"));
        dock.setTrade(0);
        QCOMPARE(storedText(JournalPhase::During), QStringLiteral("during text"));
        QVERIFY(!dock.isEnabled());
    }

    void moodAndChecklist()
    {
        JournalEditorDock dock(m_fixture->connection, m_clock, m_fixture->dataDir);
        dock.setChecklistItems({QStringLiteral("Trend agrees"), QStringLiteral("Stop set")});
        dock.setTrade(m_trade);
        dock.setMood(Mood::Fomo);
        dock.setChecklistDone(1, true);
        QVERIFY(dock.flush());
        const auto entries = JournalRepository(m_fixture->connection).forTrade(m_trade);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(*entries[0].mood, Mood::Fomo);
        const auto list = PreTradeChecklist::fromJson(entries[0].checklist);
        QCOMPARE(list.items.size(), size_t(2));
        QVERIFY(!list.items[0].done);
        QVERIFY(list.items[1].done);
        JournalEditorDock again(m_fixture->connection, m_clock, m_fixture->dataDir);
        again.setChecklistItems({QStringLiteral("Trend agrees"), QStringLiteral("Stop set")});
        again.setTrade(m_trade);
        QCOMPARE(*again.mood(), Mood::Fomo);
        QCOMPARE(again.entry(JournalPhase::Plan).checklist, entries[0].checklist);
    }

    void screenshotsAreCopiedIntoTheDataFolder()
    {
        JournalEditorDock dock(m_fixture->connection, m_clock, m_fixture->dataDir);
        dock.resize(900, 700);
        dock.setTrade(m_trade);
        QSignalSpy snapshot(&dock, &JournalEditorDock::snapshotRequested);
        const auto buttons = dock.findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QLatin1String("Chart snapshot"))
                b->click();
        }
        QCOMPARE(snapshot.count(), 1);
        const QString outside = m_fixture->root.filePath(QStringLiteral("outside.png"));
        dock.attachSnapshot(outside);
        const QStringList images = dock.entry(JournalPhase::Plan).images;
        QCOMPARE(images.size(), 1);
        QVERIFY(images[0].startsWith(QLatin1String("screenshots/trade-")));
        QVERIFY(QFile::exists(m_fixture->dataDir + QLatin1Char('/') + images[0]));
        QVERIFY(dock.editor()->toPlainText().contains(images[0]));
        // The live preview shows the copied image inline.
        dock.preview()->setMarkdownText(dock.editor()->toPlainText());
        QCOMPARE(dock.preview()->imagesShown(), 1);
        // An image outside the data folder named in the text is not shown; a non-image is refused.
        dock.preview()->setMarkdownText(QStringLiteral("![x](%1) ![y](../outside.png)").arg(outside));
        QCOMPARE(dock.preview()->imagesShown(), 0);
        QString error;
        QVERIFY(!dock.addScreenshot(m_fixture->dataDir + QStringLiteral("/screenshots/notes.png"), &error));
        QVERIFY(error.contains(QStringLiteral("not an image")));
        // Stored at once.
        QCOMPARE(JournalRepository(m_fixture->connection).forTrade(m_trade).front().images, images);
    }

    void previewDoesNotInterpretHtml()
    {
        JournalEditorDock dock(m_fixture->connection, m_clock, m_fixture->dataDir);
        dock.setTrade(m_trade);
        dock.preview()->setMarkdownText(QStringLiteral("**bold** <b>raw</b>"));
        const QString plain = dock.preview()->toPlainText();
        QVERIFY(plain.contains(QStringLiteral("bold")));
        QVERIFY(plain.contains(QStringLiteral("<b>raw</b>")));
    }
};

QTEST_MAIN(TstJournalEditorDock)
#include "tst_journaleditordock.moc"
