#pragma once

#include <QByteArray>
#include <QString>

namespace cl::storage {

// One schema step: after it is applied, PRAGMA user_version equals version.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

} // namespace cl::storage
