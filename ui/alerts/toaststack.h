#pragma once

#include "alerts/alertfiring.h"

#include <QWidget>

class QVBoxLayout;

namespace cl::ui {

// In-app toasts for alert firings, stacked in the bottom-right corner of the parent window; shown always,
// whatever the tray supports. Each toast disappears after displayMs, or when clicked (which also asks for
// the firing's chart). At most maxToasts are visible; older ones make room.
class ToastStack : public QWidget
{
    Q_OBJECT

public:
    explicit ToastStack(QWidget *parent);

    void setDisplayMs(int ms) { m_displayMs = ms; }
    void setMaxToasts(int count) { m_maxToasts = count; }
    int visibleToasts() const;
    // A toast is as wide as its text needs between these (logical pixels, so the same at any device pixel
    // ratio) and as high as its wrapped text.
    static constexpr int kMinToastWidth = 200;
    static constexpr int kMaxToastWidth = 360;
    QStringList texts() const;

public slots:
    void showFiring(const cl::alerts::AlertFiring &firing);
    void clear();

signals:
    // The user clicked a toast: raise the window on this chart (timeframe "" when the rule has none).
    void chartRequested(const QString &exchange, const QString &symbol, const QString &timeframe);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reposition();
    static void fitToText(QWidget *toast);
    void removeToast(QWidget *toast);

    QVBoxLayout *m_layout;
    int m_displayMs = 8000;
    int m_maxToasts = 5;
};

} // namespace cl::ui
