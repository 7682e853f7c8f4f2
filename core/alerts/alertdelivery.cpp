#include "alertdelivery.h"

#include "alerteventrepository.h"
#include "notificationdispatcher.h"
#include "storage/storagewriter.h"

namespace cl::alerts {

AlertDelivery::AlertDelivery(NotificationDispatcher &dispatcher, storage::StorageWriter *writer, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_writer(writer)
{
    connect(&m_dispatcher, &NotificationDispatcher::attempted, this, &AlertDelivery::record);
}

NotificationMessage AlertDelivery::messageFor(const AlertFiring &firing)
{
    NotificationMessage message;
    message.title = QStringLiteral("CryptoLens: ") + (firing.ruleName.isEmpty() ? alertTypeCode(firing.type) : firing.ruleName);
    message.message = firing.message;
    message.priority = firing.type == AlertType::FeedDisconnected || firing.type == AlertType::Signal ? 4 : 3;
    message.tags = {QStringLiteral("cryptolens"), alertTypeCode(firing.type)};
    if (firing.symbol) {
        QString link = QStringLiteral("cryptolens://chart/") + model::exchangeIdToString(firing.symbol->exchange)
            + QLatin1Char('/') + firing.symbol->symbol.base() + QLatin1Char('-') + firing.symbol->symbol.quote();
        if (firing.timeframe)
            link += QLatin1Char('/') + firing.timeframe->toString();
        message.click = link;
    }
    if (firing.eventId > 0)
        message.eventIds << firing.eventId;
    return message;
}

void AlertDelivery::onAlertFired(const AlertFiring &firing)
{
    if (firing.channels.isEmpty())
        return;
    m_dispatcher.post(messageFor(firing), firing.channels);
}

void AlertDelivery::record(const DeliveryAttempt &attempt)
{
    if (!m_writer)
        return;
    m_writer->enqueue([attempt](storage::WriteContext &context, QString *error) {
        return AlertEventRepository(context.connection).recordAttempt(attempt, error);
    });
}

} // namespace cl::alerts
