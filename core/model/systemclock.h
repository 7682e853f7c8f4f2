#pragma once

#include "clock.h"

namespace cl::model {

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // A process-wide instance for composition roots.
    static SystemClock &instance();
};

} // namespace cl::model
