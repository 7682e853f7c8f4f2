#include "notificationmessage.h"

#include <algorithm>

namespace cl::alerts {

NotificationMessage NotificationMessage::summary(const QList<NotificationMessage> &messages)
{
    if (messages.size() == 1)
        return messages.front();
    NotificationMessage out;
    out.title = QStringLiteral("CryptoLens: %1 alerts").arg(messages.size());
    QStringList lines;
    for (const NotificationMessage &m : messages) {
        lines << (m.message.isEmpty() ? m.title : m.message);
        out.priority = std::max(out.priority, m.priority);
        for (const QString &tag : m.tags) {
            if (!out.tags.contains(tag))
                out.tags << tag;
        }
        out.eventIds += m.eventIds;
    }
    out.message = lines.join(QLatin1Char('\n'));
    return out;
}

} // namespace cl::alerts
