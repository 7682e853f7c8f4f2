#include "feedstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace cl::ui {

namespace {
// A live feed that has said nothing for this long is shown as stale (amber) before the watchdog reconnects.
constexpr qint64 kStaleMs = 10'000;
} // namespace

FeedStatusWidget::FeedStatusWidget(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this)), m_theme(Theme::dark())
{
    setObjectName(QStringLiteral("feedStatus"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(16);
    m_layout->addStretch(1); // exchanges line up on the left, in the order they report
}

void FeedStatusWidget::setTheme(const Theme &theme)
{
    m_theme = theme;
    for (const auto &status : std::as_const(m_last))
        onStatusChanged(status);
}

QString FeedStatusWidget::stateText(market::FeedState state)
{
    switch (state) {
    case market::FeedState::Stopped: return tr("stopped");
    case market::FeedState::Connecting: return tr("connecting");
    case market::FeedState::Subscribing: return tr("subscribing");
    case market::FeedState::Live: return tr("live");
    case market::FeedState::Draining: return tr("closing");
    case market::FeedState::Backoff: return tr("reconnecting");
    }
    return {};
}

QColor FeedStatusWidget::colourFor(market::FeedState state, qint64 ageMs) const
{
    if (state == market::FeedState::Live)
        return ageMs > kStaleMs ? m_theme.warning : m_theme.bullish;
    if (state == market::FeedState::Backoff)
        return m_theme.bearish;
    if (state == market::FeedState::Stopped)
        return m_theme.neutral;
    return m_theme.warning;
}

void FeedStatusWidget::onStatusChanged(const market::FeedStatus &status)
{
    QLabel *&label = m_labels[int(status.exchange)];
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("feedStatus_") + model::exchangeIdToString(status.exchange));
        m_layout->insertWidget(m_layout->count() - 1, label);
    }
    m_last.insert(int(status.exchange), status);
    const QString age = status.lastMessageAgeMs < 0 ? tr("–")
        : status.lastMessageAgeMs < 1000            ? tr("%1 ms").arg(status.lastMessageAgeMs)
                                                    : tr("%1 s").arg(status.lastMessageAgeMs / 1000);
    const QString text = tr("%1 %2 · %3 msg/s · %4")
                             .arg(model::exchangeDisplayName(status.exchange), stateText(status.state))
                             .arg(status.messagesPerSecond, 0, 'f', 1)
                             .arg(age);
    label->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                       .arg(colourFor(status.state, status.lastMessageAgeMs).name(), text.toHtmlEscaped()));
    label->setProperty("plainText", text);
    label->setToolTip(tr("%1: %n symbol(s), %2 reconnect(s)%3", nullptr, status.symbols)
                          .arg(model::exchangeDisplayName(status.exchange))
                          .arg(status.reconnects)
                          .arg(status.detail.isEmpty() ? QString() : QString(QStringLiteral("\n") + status.detail)));
}

QString FeedStatusWidget::textFor(model::ExchangeId exchange) const
{
    const QLabel *label = m_labels.value(int(exchange));
    return label ? label->property("plainText").toString() : QString();
}

} // namespace cl::ui
