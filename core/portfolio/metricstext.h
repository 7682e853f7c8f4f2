#pragma once

#include "performancemetrics.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cl::portfolio {

// Metrics as a person reads them (CLI table, Markdown, PDF), with the conventions of spec/metrics.md spelled
// out: ∞ for an infinite profit factor or Sortino, "—" for an empty value.
class MetricsText
{
public:
    struct Row
    {
        QString label;
        QString value;
        QString note;   // the convention behind the number (footnote / tooltip)
    };

    static QString number(double value, int decimals = 2);
    static QString money(double value, const QString &currency);
    static QString percent(double value, int decimals = 2);          // value already in percent
    static QString fractionAsPercent(double value, int decimals = 2); // value a fraction
    static QString utc(qint64 ms);                                    // "2024-03-01 12:00 UTC"

    static std::vector<Row> summary(const MetricsReport &report, const QString &currency);
    // One line per group of a breakdown: key, trades, win rate, net P&L, profit factor, expectancy, expectancy R.
    static QStringList breakdownHeader();
    static std::vector<QStringList> breakdownRows(const Breakdown &breakdown);
    static QString dimensionTitle(const QString &dimension);
    // Plain-text table for the terminal.
    static QString table(const std::vector<Row> &rows);
};

} // namespace cl::portfolio
