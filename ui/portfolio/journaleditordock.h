#pragma once

#include "portfolio/journalentry.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QStringList>

#include <array>
#include <bitset>
#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace cl::model {
class Clock;
}
namespace cl::storage {
class SqlConnection;
}

namespace cl::ui {

class MarkdownPreview;

// The journal of one trade: its pre-trade plan, notes during the trade, post-trade review and lesson, each
// Markdown with a live preview, a mood, screenshots and (for the plan) the pre-trade checklist; plus the
// trade's tags. Every change is saved without asking: kIdleSaveMs after the typing pauses, and at the latest
// kMaxUnsavedMs after the first unsaved change while typing goes on, so a crash loses less than 2 s of text.
// Switching trade or phase, closing and destroying the dock save at once.
class JournalEditorDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kIdleSaveMs = 500;
    static constexpr int kMaxUnsavedMs = 1000;   // half the 2 s budget: margin for a busy event loop

    JournalEditorDock(storage::SqlConnection &connection, const model::Clock &clock, const QString &dataDir,
                      QWidget *parent = nullptr);
    ~JournalEditorDock() override;

    void setTrade(qint64 tradeId);
    qint64 tradeId() const { return m_tradeId; }
    void setPhase(portfolio::JournalPhase phase);
    portfolio::JournalPhase phase() const { return m_phase; }
    void setMood(std::optional<portfolio::Mood> mood);
    std::optional<portfolio::Mood> mood() const;
    void setChecklistItems(const QStringList &items);   // the user's configured pre-trade checklist
    QStringList checklistItems() const { return m_checklistItems; }
    void setChecklistDone(int index, bool done);

    // Copies an image file into the data folder's screenshots and attaches it to the current entry.
    bool addScreenshot(const QString &file, QString *error);
    // Saves every unsaved change now.
    bool flush(QString *error = nullptr);
    bool hasUnsavedChanges() const { return m_dirty.any(); }

    QPlainTextEdit *editor() const { return m_editor; }
    MarkdownPreview *preview() const { return m_preview; }
    const portfolio::JournalEntry &entry(portfolio::JournalPhase phase) const { return m_entries[size_t(phase)]; }
    QStringList tags() const { return m_tags; }

public slots:
    // The chart's snapshot (a PNG the lead's wiring saved) for the current entry.
    void attachSnapshot(const QString &file);
    void editTags();
    void editChecklist();

signals:
    void snapshotRequested();
    void saved();
    void saveFailed(const QString &reason);
    void checklistItemsChanged(const QStringList &items);   // for the settings

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildUi();
    void loadTrade();
    void showPhase();
    void showChecklist();
    void showImages();
    void showTags();
    void markDirty();
    void onTextChanged();
    void onChecklistChanged();
    void addScreenshotWithDialog();
    QString copyIntoDataFolder(const QString &file, QString *error);

    storage::SqlConnection &m_connection;
    const model::Clock &m_clock;
    QString m_dataDir;
    qint64 m_tradeId = 0;
    portfolio::JournalPhase m_phase = portfolio::JournalPhase::Plan;
    std::array<portfolio::JournalEntry, 4> m_entries;
    std::bitset<4> m_dirty;
    QStringList m_checklistItems;
    QStringList m_tags;
    bool m_loading = false;
    int m_screenshotCounter = 0;

    QLabel *m_title;
    QButtonGroup *m_phases;
    QComboBox *m_mood;
    QLabel *m_tagLabel;
    QPlainTextEdit *m_editor;
    MarkdownPreview *m_preview;
    QGroupBox *m_checklistBox;
    QListWidget *m_checklist;
    QListWidget *m_images;
    QLabel *m_status;
    QTimer *m_idleTimer;
    QTimer *m_maxTimer;
    QTimer *m_previewTimer;
};

} // namespace cl::ui
