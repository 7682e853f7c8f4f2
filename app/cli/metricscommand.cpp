#include "metricscommand.h"

#include "clioptions.h"

#include "portfolio/metricsjson.h"
#include "portfolio/metricstext.h"
#include "portfolio/portfoliosnapshot.h"
#include "storage/sqlconnection.h"

#include <cmath>

namespace cl::cli {

int MetricsCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli metrics"),
                       QStringLiteral("Performance metrics of a portfolio (spec/metrics.md): closed trades only, daily "
                                      "returns zero-filled over UTC days.\nJSON: infinity as \"inf\", empty as null."));
    options.addOption({QStringLiteral("portfolio"), QStringLiteral("Portfolio name."), QStringLiteral("P")});
    options.addOption({QStringLiteral("format"), QStringLiteral("json or table."), QStringLiteral("FORMAT"), QStringLiteral("table")});
    options.addOption({QStringLiteral("annualization"), QStringLiteral("Periods per year (365 crypto, 252 stock-like)."),
                       QStringLiteral("A"), QStringLiteral("365")});
    options.addOption({QStringLiteral("risk-free"), QStringLiteral("Annual risk-free rate as a fraction (0.04)."),
                       QStringLiteral("RF"), QStringLiteral("0")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    if (!options.require(context, QStringLiteral("portfolio")))
        return UserError;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("table")) {
        context.err << "option --format: json or table, not '" << format << "'\n";
        return UserError;
    }
    portfolio::MetricsOptions metricsOptions;
    bool ok = false;
    metricsOptions.annualization = options.value(QStringLiteral("annualization")).toDouble(&ok);
    if (!ok || !std::isfinite(metricsOptions.annualization) || metricsOptions.annualization <= 0) {
        context.err << "option --annualization: a positive number of periods per year\n";
        return UserError;
    }
    metricsOptions.riskFreeAnnual = options.value(QStringLiteral("risk-free")).toDouble(&ok);
    if (!ok || !std::isfinite(metricsOptions.riskFreeAnnual) || metricsOptions.riskFreeAnnual <= -1) {
        context.err << "option --risk-free: an annual rate as a fraction, e.g. 0.04\n";
        return UserError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto snapshot = portfolio::PortfolioSnapshot::load(connection, options.value(QStringLiteral("portfolio")), &error);
    if (!snapshot) {
        context.err << error << "\n";
        return UserError;
    }
    const portfolio::MetricsReport report = snapshot->metrics(metricsOptions);
    if (format == QLatin1String("json")) {
        context.out << QString::fromUtf8(portfolio::MetricsJson::write(report));
        return Ok;
    }
    using portfolio::MetricsText;
    context.out << MetricsText::table(MetricsText::summary(report, snapshot->portfolio.currency));
    if (!report.monthly.empty()) {
        context.out << "\nmonth        pnl (" << snapshot->portfolio.currency << ")    return\n";
        for (const auto &m : report.monthly) {
            context.out << QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'))
                        << MetricsText::number(m.pnl).rightJustified(16) << MetricsText::percent(m.returnPct).rightJustified(12)
                        << "\n";
        }
        for (const auto &y : report.yearly) {
            context.out << QString::number(y.year).leftJustified(7) << MetricsText::number(y.pnl).rightJustified(16)
                        << MetricsText::percent(y.returnPct).rightJustified(12) << "  year\n";
        }
    }
    return Ok;
}

} // namespace cl::cli
