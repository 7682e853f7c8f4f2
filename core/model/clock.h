#pragma once

#include <QtGlobal>

namespace cl::model {

// Where "now" comes from. Production code asks a Clock, never the system, so tests can use a
// ManualClock and never depend on wall time.
class Clock
{
public:
    virtual ~Clock() = default;
    // UTC milliseconds since the epoch.
    virtual qint64 nowMs() const = 0;
};

} // namespace cl::model
