#include "logdock.h"

#include "engine/logcollector.h"

#include <QPlainTextEdit>

namespace cl::ui {

LogDock::LogDock(QWidget *parent) : QDockWidget(tr("Log"), parent), m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFont(QStringLiteral("monospace")));
    setWidget(m_view);
    // Log lines come from every thread; the queued connection brings them to the GUI thread.
    connect(&engine::LogCollector::instance(), &engine::LogCollector::messageLogged, this,
            [this](int type, const QString &, const QString &line) { appendLine(type, line); }, Qt::QueuedConnection);
}

void LogDock::appendLine(int type, const QString &line)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        m_view->appendHtml(QStringLiteral("<span style=\"color:#d9534f\">%1</span>").arg(line.toHtmlEscaped()));
    else
        m_view->appendPlainText(line);
}

QString LogDock::text() const
{
    return m_view->toPlainText();
}

} // namespace cl::ui
