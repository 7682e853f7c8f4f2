#pragma once

#include "performancemetrics.h"

#include <QByteArray>
#include <QString>

namespace cl::portfolio {

// The `metrics --format json` document of spec/cli.md: exactly its keys, numbers with 17 significant digits,
// infinity as the string "inf", empty (NaN) as null.
class MetricsJson
{
public:
    static QByteArray write(const MetricsReport &report);
    // One number as the JSON text above ("null", "\"inf\"", "\"-inf\"", or %.17g).
    static QByteArray number(double value);
};

} // namespace cl::portfolio
