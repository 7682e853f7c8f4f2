#include "journaleditordock.h"

#include "markdownpreview.h"
#include "tagmanagerdialog.h"

#include "model/clock.h"
#include "portfolio/journalrepository.h"
#include "portfolio/metricstext.h"
#include "portfolio/pretradechecklist.h"
#include "portfolio/screenshotresolver.h"
#include "portfolio/traderepository.h"
#include "storage/sqlconnection.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cl::ui {

using portfolio::JournalEntry;
using portfolio::JournalPhase;
using portfolio::Mood;

namespace {
constexpr std::array<JournalPhase, 4> kPhases{JournalPhase::Plan, JournalPhase::During, JournalPhase::Review,
                                              JournalPhase::Lesson};
}

JournalEditorDock::JournalEditorDock(storage::SqlConnection &connection, const model::Clock &clock, const QString &dataDir,
                                     QWidget *parent)
    : QDockWidget(tr("Journal"), parent), m_connection(connection), m_clock(clock), m_dataDir(dataDir),
      m_checklistItems(portfolio::PreTradeChecklist::defaultItems())
{
    setObjectName(QStringLiteral("journalEditorDock"));
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(kIdleSaveMs);
    m_maxTimer = new QTimer(this);
    m_maxTimer->setSingleShot(true);
    m_maxTimer->setInterval(kMaxUnsavedMs);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_idleTimer, &QTimer::timeout, this, [this] { flush(); });
    connect(m_maxTimer, &QTimer::timeout, this, [this] { flush(); });
    // In a scroll area: the editor's form is tall, and the dock shares the right column with the pattern
    // matrix, which must keep its rows visible in a 1080-pixel window.
    auto *scroll = new QScrollArea;
    scroll->setWidget(buildUi());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { m_preview->setMarkdownText(m_editor->toPlainText()); });
    setEnabled(false);
}

JournalEditorDock::~JournalEditorDock()
{
    flush();
}

QWidget *JournalEditorDock::buildUi()
{
    auto *root = new QWidget(this);
    auto *layout = new QVBoxLayout(root);
    m_title = new QLabel(tr("No trade selected"), root);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *phaseRow = new QHBoxLayout;
    m_phases = new QButtonGroup(root);
    for (const JournalPhase phase : kPhases) {
        auto *button = new QToolButton(root);
        button->setText(portfolio::phaseTitle(phase));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_phases->addButton(button, int(phase));
        phaseRow->addWidget(button);
    }
    m_phases->button(0)->setChecked(true);
    phaseRow->addStretch();
    phaseRow->addWidget(new QLabel(tr("Mood:"), root));
    m_mood = new QComboBox(root);
    m_mood->addItem(tr("—"));
    for (int m = 0; m <= int(Mood::Revenge); ++m)
        m_mood->addItem(portfolio::moodToString(Mood(m)), m);
    phaseRow->addWidget(m_mood);
    layout->addLayout(phaseRow);

    auto *tagRow = new QHBoxLayout;
    m_tagLabel = new QLabel(root);
    m_tagLabel->setTextFormat(Qt::RichText);
    auto *tagButton = new QPushButton(tr("Tags…"), root);
    tagRow->addWidget(m_tagLabel, 1);
    tagRow->addWidget(tagButton);
    layout->addLayout(tagRow);

    auto *split = new QSplitter(Qt::Horizontal, root);
    m_editor = new QPlainTextEdit(split);
    m_editor->setPlaceholderText(tr("Markdown: **bold**, - lists, ![](screenshots/file.png)"));
    m_preview = new MarkdownPreview(m_dataDir, split);
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    layout->addWidget(split, 1);

    m_checklistBox = new QGroupBox(tr("Pre-trade checklist"), root);
    auto *checkLayout = new QVBoxLayout(m_checklistBox);
    m_checklist = new QListWidget(m_checklistBox);
    m_checklist->setMaximumHeight(130);
    auto *configure = new QPushButton(tr("Edit checklist…"), m_checklistBox);
    checkLayout->addWidget(m_checklist);
    checkLayout->addWidget(configure, 0, Qt::AlignRight);
    layout->addWidget(m_checklistBox);

    auto *shotRow = new QHBoxLayout;
    m_images = new QListWidget(root);
    m_images->setViewMode(QListView::IconMode);
    m_images->setIconSize(QSize(96, 60));
    m_images->setMaximumHeight(90);
    auto *addShot = new QPushButton(tr("Add screenshot…"), root);
    auto *snapshot = new QPushButton(tr("Chart snapshot"), root);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addShot);
    buttons->addWidget(snapshot);
    shotRow->addWidget(m_images, 1);
    shotRow->addLayout(buttons);
    layout->addLayout(shotRow);
    m_status = new QLabel(root);
    m_status->setStyleSheet(QStringLiteral("color: palette(mid)"));
    layout->addWidget(m_status);

    connect(m_phases, &QButtonGroup::idClicked, this, [this](int id) { setPhase(JournalPhase(id)); });
    connect(m_mood, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_entries[size_t(m_phase)].mood = mood();
        markDirty();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JournalEditorDock::onTextChanged);
    connect(m_checklist, &QListWidget::itemChanged, this, &JournalEditorDock::onChecklistChanged);
    connect(configure, &QPushButton::clicked, this, &JournalEditorDock::editChecklist);
    connect(tagButton, &QPushButton::clicked, this, &JournalEditorDock::editTags);
    connect(addShot, &QPushButton::clicked, this, &JournalEditorDock::addScreenshotWithDialog);
    connect(snapshot, &QPushButton::clicked, this, &JournalEditorDock::snapshotRequested);
    return root;
}

void JournalEditorDock::setTrade(qint64 tradeId)
{
    flush();
    m_tradeId = tradeId;
    loadTrade();
}

void JournalEditorDock::loadTrade()
{
    m_entries = {};
    m_dirty.reset();
    for (size_t i = 0; i < kPhases.size(); ++i) {
        m_entries[i].tradeId = m_tradeId;
        m_entries[i].phase = kPhases[i];
    }
    m_tags.clear();
    const auto trade = m_tradeId > 0 ? portfolio::TradeRepository(m_connection).find(m_tradeId) : std::nullopt;
    setEnabled(trade.has_value());
    if (!trade) {
        m_tradeId = 0;
        m_title->setText(tr("No trade selected"));
    } else {
        m_title->setText(tr("%1 · %2 %3").arg(trade->externalId, portfolio::directionToString(trade->direction), trade->symbol));
        m_tags = trade->tags;
        // The first entry of each phase is the one edited (the paper engine's fills also go there).
        std::array<bool, 4> seen{};
        for (const JournalEntry &e : portfolio::JournalRepository(m_connection).forTrade(m_tradeId)) {
            if (!seen[size_t(e.phase)]) {
                m_entries[size_t(e.phase)] = e;
                seen[size_t(e.phase)] = true;
            }
        }
    }
    showTags();
    showPhase();
}

void JournalEditorDock::setPhase(JournalPhase phase)
{
    m_phase = phase;
    if (m_phases->checkedId() != int(phase))
        m_phases->button(int(phase))->setChecked(true);
    showPhase();
}

void JournalEditorDock::showPhase()
{
    m_loading = true;
    const JournalEntry &e = m_entries[size_t(m_phase)];
    if (m_editor->toPlainText() != e.content)
        m_editor->setPlainText(e.content);
    m_mood->setCurrentIndex(e.mood ? int(*e.mood) + 1 : 0);
    m_preview->setMarkdownText(e.content);
    m_checklistBox->setVisible(m_phase == JournalPhase::Plan);
    showChecklist();
    showImages();
    m_loading = false;
}

void JournalEditorDock::showChecklist()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_checklist->clear();
    const auto list = portfolio::PreTradeChecklist::merge(
        m_checklistItems, portfolio::PreTradeChecklist::fromJson(m_entries[size_t(JournalPhase::Plan)].checklist));
    for (const auto &item : list.items) {
        auto *row = new QListWidgetItem(item.text, m_checklist);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = wasLoading;
}

void JournalEditorDock::showImages()
{
    m_images->clear();
    const portfolio::ScreenshotResolver resolver(m_dataDir);
    for (const QString &path : m_entries[size_t(m_phase)].images) {
        QString why;
        const QString file = resolver.resolve(path, &why);
        QImageReader reader(file);
        reader.setScaledSize(QSize(96, 60));
        const QImage thumb = file.isEmpty() ? QImage() : reader.read();
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), QFileInfo(path).fileName(), m_images);
        item->setToolTip(file.isEmpty() ? why : path);
    }
}

void JournalEditorDock::showTags()
{
    QHash<QString, QString> colors;
    for (const portfolio::Tag &t : portfolio::JournalRepository(m_connection).tags())
        colors.insert(t.name, t.color);
    QString html;
    for (const QString &tag : m_tags) {
        const QColor c(colors.value(tag, QStringLiteral("#808080")));
        const QString text = c.lightness() > 150 ? QStringLiteral("#111") : QStringLiteral("#fff");
        html += QStringLiteral("<span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span> ")
                    .arg(c.name(), text, tag.toHtmlEscaped());
    }
    m_tagLabel->setText(html.isEmpty() ? tr("<i>no tags</i>") : html);
}

std::optional<Mood> JournalEditorDock::mood() const
{
    const QVariant data = m_mood->currentData();
    return data.isValid() ? std::optional<Mood>(Mood(data.toInt())) : std::nullopt;
}

void JournalEditorDock::setMood(std::optional<Mood> mood)
{
    m_mood->setCurrentIndex(mood ? int(*mood) + 1 : 0);
}

void JournalEditorDock::setChecklistItems(const QStringList &items)
{
    m_checklistItems = items;
    showChecklist();
}

void JournalEditorDock::setChecklistDone(int index, bool done)
{
    if (QListWidgetItem *item = m_checklist->item(index))
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
}

void JournalEditorDock::markDirty()
{
    if (m_tradeId <= 0)
        return;
    m_dirty.set(size_t(m_phase));
    m_status->setText(tr("Editing…"));
    m_idleTimer->start();   // restarts: saves once the typing pauses
    if (!m_maxTimer->isActive())
        m_maxTimer->start();   // does not restart: bounds what a crash can lose while typing goes on
}

void JournalEditorDock::onTextChanged()
{
    if (m_loading)
        return;
    m_entries[size_t(m_phase)].content = m_editor->toPlainText();
    m_previewTimer->start();
    markDirty();
}

void JournalEditorDock::onChecklistChanged()
{
    if (m_loading)
        return;
    portfolio::PreTradeChecklist list;
    for (int i = 0; i < m_checklist->count(); ++i)
        list.items.push_back({m_checklist->item(i)->text(), m_checklist->item(i)->checkState() == Qt::Checked});
    m_entries[size_t(JournalPhase::Plan)].checklist = list.toJson();
    m_dirty.set(size_t(JournalPhase::Plan));
    markDirty();
}

bool JournalEditorDock::flush(QString *error)
{
    m_idleTimer->stop();
    m_maxTimer->stop();
    if (m_tradeId <= 0 || m_dirty.none())
        return true;
    portfolio::JournalRepository journal(m_connection);
    const qint64 now = m_clock.nowMs();
    QString why;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (!m_dirty.test(i))
            continue;
        JournalEntry &e = m_entries[i];
        e.updatedAt = now;
        if (e.id == 0) {
            e.createdAt = now;
            const auto id = journal.add(e, &why);
            if (!id)
                break;
            e.id = *id;
        } else if (!journal.update(e, &why)) {
            break;
        }
        m_dirty.reset(i);
    }
    if (!why.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(why));
        emit saveFailed(why);
        if (error)
            *error = why;
        m_maxTimer->start();   // try again soon rather than lose the text
        return false;
    }
    m_status->setText(tr("Saved %1").arg(portfolio::MetricsText::utc(now)));
    emit saved();
    return true;
}

void JournalEditorDock::closeEvent(QCloseEvent *event)
{
    flush();
    QDockWidget::closeEvent(event);
}

void JournalEditorDock::hideEvent(QHideEvent *event)
{
    flush();
    QDockWidget::hideEvent(event);
}

QString JournalEditorDock::copyIntoDataFolder(const QString &file, QString *error)
{
    const QImageReader probe(file);
    if (!probe.canRead()) {
        *error = tr("%1 is not an image").arg(QDir::toNativeSeparators(file));
        return {};
    }
    // A file already inside the data folder is referenced where it is.
    const portfolio::ScreenshotResolver resolver(m_dataDir);
    QString why;
    const QString inside = resolver.resolve(file, &why);
    const QString root = QFileInfo(m_dataDir).canonicalFilePath();
    if (!inside.isEmpty() && !root.isEmpty())
        return QDir(root).relativeFilePath(inside);
    QDir dir(m_dataDir);
    if (!dir.mkpath(QStringLiteral("screenshots"))) {
        *error = tr("cannot create the screenshots folder in %1").arg(m_dataDir);
        return {};
    }
    const QString suffix = QFileInfo(file).suffix().toLower().isEmpty() ? QStringLiteral("png") : QFileInfo(file).suffix().toLower();
    QString relative;
    do {
        relative = QStringLiteral("screenshots/trade-%1-%2-%3.%4").arg(m_tradeId).arg(m_clock.nowMs()).arg(++m_screenshotCounter).arg(suffix);
    } while (QFile::exists(dir.filePath(relative)));
    if (!QFile::copy(file, dir.filePath(relative))) {
        *error = tr("cannot copy %1 into %2").arg(QDir::toNativeSeparators(file), m_dataDir);
        return {};
    }
    return relative;
}

bool JournalEditorDock::addScreenshot(const QString &file, QString *error)
{
    if (m_tradeId <= 0) {
        *error = tr("select a trade first");
        return false;
    }
    const QString relative = copyIntoDataFolder(file, error);
    if (relative.isEmpty())
        return false;
    JournalEntry &e = m_entries[size_t(m_phase)];
    e.images << relative;
    // The image also goes into the text where the cursor is, so the preview and the exports show it in place.
    m_editor->textCursor().insertText(QStringLiteral("\n![screenshot](%1)\n").arg(relative));
    showImages();
    markDirty();
    return flush(error);
}

void JournalEditorDock::attachSnapshot(const QString &file)
{
    QString error;
    if (!addScreenshot(file, &error))
        m_status->setText(tr("Snapshot not attached: %1").arg(error));
}

void JournalEditorDock::addScreenshotWithDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Add screenshot"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"));
    QString error;
    if (!file.isEmpty() && !addScreenshot(file, &error))
        QMessageBox::warning(this, tr("Screenshot"), error);
}

void JournalEditorDock::editTags()
{
    if (m_tradeId <= 0)
        return;
    TagManagerDialog dialog(m_connection, m_tradeId, m_tags, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tags = dialog.checkedTags();
    showTags();
}

void JournalEditorDock::editChecklist()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Pre-trade checklist"), tr("One item per line:"),
                                                        m_checklistItems.join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            items << line.trimmed();
    }
    setChecklistItems(items);
    emit checklistItemsChanged(items);
}

} // namespace cl::ui
