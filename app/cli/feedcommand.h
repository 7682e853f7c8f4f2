#pragma once

#include "command.h"

namespace cl::cli {

// `feed --exchange E --symbols LIST [--endpoint WS_URL] [--rest-endpoint HTTP_URL] [--duration SECONDS]
// [--backfill MINUTES] [--no-detect]`: headless ingest (spec/cli.md). Backfills over REST, streams, builds
// and stores candles, runs detection on closed candles; prints one line per connect, reconnect and backfill
// on stderr; stops cleanly on SIGINT/SIGTERM or after the duration with every closed candle stored.
class FeedCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("feed"); }
    QString summary() const override { return QStringLiteral("stream live market data into the database"); }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace cl::cli
