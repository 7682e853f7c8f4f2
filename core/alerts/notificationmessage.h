#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cl::alerts {

// What a push channel sends: one alert, a summary of a burst, or a test message.
struct NotificationMessage
{
    QString title;
    QString message;
    int priority = 3;   // ntfy's 1 (min) .. 5 (max)
    QStringList tags;   // ntfy tags (emoji short codes or words)
    QString click;      // optional deep link (cryptolens://chart/binance/BTC-USDT/1h)
    QList<qint64> eventIds; // alert_events the message carries

    // One message for several: the titles as lines, the highest priority, the events together.
    static NotificationMessage summary(const QList<NotificationMessage> &messages);
};

} // namespace cl::alerts
