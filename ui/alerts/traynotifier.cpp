#include "traynotifier.h"

#include <QSystemTrayIcon>

namespace cl::ui {

TrayNotifier::TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
    : QObject(parent)
    , m_icon(icon)
{
    if (m_icon)
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::onMessageClicked);
}

bool TrayNotifier::isAvailable() const
{
    return m_icon && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::notify(const alerts::AlertFiring &firing)
{
    m_last = firing;
    if (!isAvailable() || !m_icon->isVisible())
        return;
    const auto icon = firing.type == alerts::AlertType::FeedDisconnected ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
    m_icon->showMessage(firing.ruleName.isEmpty() ? tr("CryptoLens alert") : firing.ruleName, firing.message, icon, 10'000);
    ++m_shown;
}

void TrayNotifier::onMessageClicked()
{
    if (!m_last || !m_last->symbol)
        return;
    emit chartRequested(model::exchangeIdToString(m_last->symbol->exchange), m_last->symbol->symbol.toString(),
        m_last->timeframe ? m_last->timeframe->toString() : QString());
}

} // namespace cl::ui
