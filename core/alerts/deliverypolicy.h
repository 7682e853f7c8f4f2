#pragma once

#include <QtGlobal>

#include <vector>

namespace cl::alerts {

// The push delivery policy of issue 6; tests shorten nothing, they move a ManualClock instead.
struct DeliveryPolicy
{
    int maxAttempts = 3;
    std::vector<qint64> backoffMs{1000, 2000}; // before attempt 2, 3 (5xx, 429 without Retry-After, timeout)
    qint64 maxRetryAfterMs = 60'000;           // a 429's Retry-After is honoured up to this
    qint64 timeoutMs = 10'000;                 // one attempt without an answer counts as a timeout
    int breakerFailures = 5;                   // consecutive failed attempts that open a channel's breaker
    qint64 breakerOpenMs = 30'000;
    int rateLimitCount = 20;                   // messages per channel per window
    qint64 rateLimitWindowMs = 60'000;
    qint64 batchWindowMs = 2'000;              // alerts within this after a message become one summary
};

} // namespace cl::alerts
