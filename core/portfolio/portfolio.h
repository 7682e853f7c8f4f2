#pragma once

#include <QString>
#include <QtGlobal>

namespace cl::portfolio {

// A trading account the journal follows: its currency and the balance the equity curve starts from.
struct Portfolio
{
    qint64 id = 0;
    QString name;
    QString currency = QStringLiteral("USDT");
    double initialBalance = 0.0;
    bool isPaper = false;   // a paper account filled against the live feed
    qint64 createdAt = 0;   // UTC ms

    friend bool operator==(const Portfolio &, const Portfolio &) = default;
};

} // namespace cl::portfolio
