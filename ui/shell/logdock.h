#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace cl::ui {

// The application log as it happens (the same lines as the log file), newest at the bottom.
class LogDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 5000;

    explicit LogDock(QWidget *parent = nullptr);
    void appendLine(int type, const QString &line);
    QString text() const;

private:
    QPlainTextEdit *m_view;
};

} // namespace cl::ui
