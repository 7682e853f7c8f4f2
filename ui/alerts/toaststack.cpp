#include "toaststack.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cl::ui {

ToastStack::ToastStack(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    parent->installEventFilter(this);
    hide();
}

int ToastStack::visibleToasts() const { return m_layout->count() - 1; }

QStringList ToastStack::texts() const
{
    QStringList texts;
    for (int i = 1; i < m_layout->count(); ++i) {
        if (QWidget *toast = m_layout->itemAt(i)->widget())
            texts << toast->property("text").toString();
    }
    return texts;
}

void ToastStack::showFiring(const alerts::AlertFiring &firing)
{
    while (visibleToasts() >= m_maxToasts && m_maxToasts > 0)
        removeToast(m_layout->itemAt(1)->widget());
    auto *toast = new QFrame(this);
    toast->setObjectName(QStringLiteral("alertToast"));
    toast->setFrameShape(QFrame::StyledPanel);
    toast->setAutoFillBackground(true);
    toast->setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(toast);
    auto *title = new QLabel(firing.ruleName, toast);
    title->setObjectName(QStringLiteral("toastTitle"));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *text = new QLabel(firing.message, toast);
    text->setObjectName(QStringLiteral("toastMessage"));
    text->setTextFormat(Qt::PlainText);
    auto *time = new QLabel(QDateTime::fromMSecsSinceEpoch(firing.firedAt, Qt::UTC).toString(QStringLiteral("HH:mm:ss 'UTC'")), toast);
    time->setObjectName(QStringLiteral("toastTime"));
    time->setEnabled(false);
    for (QLabel *label : {title, text, time}) {
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    if (firing.ruleName.isEmpty())
        title->hide();
    toast->setToolTip(tr("Click to open the chart"));
    toast->setProperty("text", firing.message);
    if (firing.symbol) {
        toast->setProperty("exchange", model::exchangeIdToString(firing.symbol->exchange));
        toast->setProperty("symbol", firing.symbol->symbol.toString());
        toast->setProperty("timeframe", firing.timeframe ? firing.timeframe->toString() : QString());
    }
    toast->installEventFilter(this);
    fitToText(toast);
    m_layout->addWidget(toast, 0, Qt::AlignRight);
    QPointer<QFrame> guard(toast);
    QTimer::singleShot(m_displayMs, this, [this, guard] {
        if (guard)
            removeToast(guard);
    });
    show();
    raise();
    reposition();
}

void ToastStack::clear()
{
    while (visibleToasts() > 0)
        removeToast(m_layout->itemAt(1)->widget());
}

void ToastStack::removeToast(QWidget *toast)
{
    if (!toast)
        return;
    m_layout->removeWidget(toast);
    toast->hide();
    toast->deleteLater();
    if (visibleToasts() == 0)
        hide();
    else
        reposition();
}

bool ToastStack::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        reposition();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        auto *toast = qobject_cast<QWidget *>(watched);
        if (toast && toast->parent() == this) {
            const QString symbol = toast->property("symbol").toString();
            if (!symbol.isEmpty())
                emit chartRequested(toast->property("exchange").toString(), symbol, toast->property("timeframe").toString());
            removeToast(toast);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// The width the labels' text needs when wrapped at the widest allowed line, then the height the layout needs
// at that width. A fixed width alone (and the stack's size hint) cut wrapped messages off: a word-wrapped
// label's size hint assumes a width of its own choosing.
void ToastStack::fitToText(QWidget *toast)
{
    toast->ensurePolished();
    auto *layout = toast->layout();
    const QMargins margins = layout->contentsMargins() + toast->contentsMargins();
    const int chrome = margins.left() + margins.right();
    const int maxText = kMaxToastWidth - chrome;
    int textWidth = 0;
    for (QLabel *label : toast->findChildren<QLabel *>()) {
        if (label->isHidden()) // an empty title
            continue;
        label->ensurePolished();
        const QRect needed = QFontMetrics(label->font())
                                 .boundingRect(QRect(0, 0, maxText, 1'000'000), Qt::TextWordWrap, label->text());
        textWidth = std::max(textWidth, needed.width() + 2 * label->margin());
    }
    const int width = std::clamp(textWidth + chrome, kMinToastWidth, kMaxToastWidth);
    layout->activate();
    toast->setFixedSize(width, toast->heightForWidth(width));
}

void ToastStack::reposition()
{
    auto *host = parentWidget();
    if (!host)
        return;
    int width = 0;
    int height = 0;
    for (int i = 1; i < m_layout->count(); ++i) {
        if (QWidget *toast = m_layout->itemAt(i)->widget()) {
            width = std::max(width, toast->width());
            height += toast->height() + (height > 0 ? m_layout->spacing() : 0);
        }
    }
    constexpr int margin = 16;
    setGeometry(std::max(0, host->width() - width - margin), std::max(0, host->height() - height - margin), width, height);
    m_layout->activate();
}

} // namespace cl::ui
