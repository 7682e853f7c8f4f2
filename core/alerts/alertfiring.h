#pragma once

#include "alertrule.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cl::alerts {

// One firing of a rule: what the toast, the tray, the history and the push channels show, and the values
// that fired it (stored as alert_events.fired_values).
struct AlertFiring
{
    qint64 eventId = 0; // alert_events row id (assigned by the AlertWorker)
    qint64 ruleId = 0;
    QString ruleName;
    AlertType type = AlertType::PriceAbove;
    std::optional<SymbolRef> symbol; // none for feed rules
    std::optional<model::ExchangeId> exchange;
    std::optional<model::Timeframe> timeframe;
    qint64 firedAt = 0; // UTC ms
    QString message;
    QJsonObject values;
    QString sound;
    QStringList channels;
    bool acknowledged = false;
};

using AlertFiringList = std::vector<AlertFiring>;

} // namespace cl::alerts

Q_DECLARE_METATYPE(cl::alerts::AlertFiring)
