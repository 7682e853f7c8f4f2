#include "toaststack.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

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
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(firing.ruleName.toHtmlEscaped()), toast);
    auto *text = new QLabel(firing.message, toast);
    text->setWordWrap(true);
    auto *time = new QLabel(QDateTime::fromMSecsSinceEpoch(firing.firedAt, Qt::UTC).toString(QStringLiteral("HH:mm:ss 'UTC'")), toast);
    time->setEnabled(false);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(time);
    toast->setToolTip(tr("Click to open the chart"));
    toast->setProperty("text", firing.message);
    if (firing.symbol) {
        toast->setProperty("exchange", model::exchangeIdToString(firing.symbol->exchange));
        toast->setProperty("symbol", firing.symbol->symbol.toString());
        toast->setProperty("timeframe", firing.timeframe ? firing.timeframe->toString() : QString());
    }
    toast->installEventFilter(this);
    toast->setFixedWidth(320);
    m_layout->addWidget(toast);
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

void ToastStack::reposition()
{
    auto *host = parentWidget();
    if (!host)
        return;
    adjustSize();
    const QSize size = sizeHint();
    constexpr int margin = 16;
    setGeometry(host->width() - size.width() - margin, host->height() - size.height() - margin, size.width(), size.height());
}

} // namespace cl::ui
