#pragma once

#include "performancemetrics.h"
#include "portfoliosnapshot.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cl::portfolio {

struct JournalExportOptions
{
    QString dataDir;          // screenshots are taken from here only
    qint64 generatedAt = 0;   // UTC ms, from the caller's Clock
    MetricsOptions metrics;
};

struct JournalExportResult
{
    bool ok = false;
    QString error;            // what failed and where (file)
    QStringList warnings;     // skipped screenshots, with the trade and the reason
    int trades = 0;
    int images = 0;           // screenshots included
};

// What the Markdown and PDF journals share: the trade order, the per-trade facts and the wording.
class JournalExport
{
public:
    struct Fact
    {
        QString label;
        QString value;
    };

    // Every trade of the portfolio (closed, open, cancelled) by entry time, then id.
    static std::vector<size_t> tradeOrder(const PortfolioSnapshot &snapshot);
    static QString tradeTitle(const Trade &trade, const TradeResult &result);
    static std::vector<Fact> facts(const Trade &trade, const TradeResult &result, const QString &currency);
    static QString periodText(const MetricsReport &report);
};

} // namespace cl::portfolio
