#pragma once

#include "alerts/alertfiring.h"

#include <QObject>

class QSystemTrayIcon;

namespace cl::ui {

// Alert popups through the system tray: QSystemTrayIcon::showMessage where the platform has a tray that
// shows messages (isAvailable()); elsewhere it does nothing and the toasts carry the alert alone.
// Clicking the popup asks for the chart of the last firing shown. The lead owns the icon's menu and the
// "closing the window keeps running in the tray" setting; this class only borrows the icon.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    // icon may be null (no tray): every notify() is then a no-op.
    explicit TrayNotifier(QSystemTrayIcon *icon, QObject *parent = nullptr);

    bool isAvailable() const;
    int shown() const { return m_shown; }

public slots:
    // Returns through shown() whether the popup went out.
    void notify(const cl::alerts::AlertFiring &firing);
    // Connected to QSystemTrayIcon::messageClicked; public so tests can click.
    void onMessageClicked();

signals:
    void chartRequested(const QString &exchange, const QString &symbol, const QString &timeframe);

private:
    QSystemTrayIcon *m_icon;
    std::optional<alerts::AlertFiring> m_last;
    int m_shown = 0;
};

} // namespace cl::ui
