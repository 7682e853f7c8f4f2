#include "marketevents.h"

namespace cl::market {

QString feedStateName(FeedState state)
{
    switch (state) {
    case FeedState::Stopped: return QStringLiteral("stopped");
    case FeedState::Connecting: return QStringLiteral("connecting");
    case FeedState::Subscribing: return QStringLiteral("subscribing");
    case FeedState::Live: return QStringLiteral("live");
    case FeedState::Draining: return QStringLiteral("draining");
    case FeedState::Backoff: return QStringLiteral("backoff");
    }
    return QStringLiteral("unknown");
}

} // namespace cl::market
