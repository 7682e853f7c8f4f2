#pragma once

#include "alertfiring.h"
#include "deliveryattempt.h"
#include "notificationmessage.h"

#include <QObject>

namespace cl::storage {
class StorageWriter;
}

namespace cl::alerts {

class NotificationDispatcher;

// Turns firings into push messages for the channels their rules name, and stores every delivery attempt
// in notifications through the StorageWriter. Lives on the dispatcher's thread.
class AlertDelivery : public QObject
{
    Q_OBJECT

public:
    AlertDelivery(NotificationDispatcher &dispatcher, storage::StorageWriter *writer, QObject *parent = nullptr);

    // The push message for a firing (title, text, priority, tags, a deep link to the chart).
    static NotificationMessage messageFor(const AlertFiring &firing);

public slots:
    void onAlertFired(const cl::alerts::AlertFiring &firing);

private:
    void record(const DeliveryAttempt &attempt);

    NotificationDispatcher &m_dispatcher;
    storage::StorageWriter *m_writer;
};

} // namespace cl::alerts
