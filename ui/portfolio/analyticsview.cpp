#include "analyticsview.h"

#include "analyticscharts.h"
#include "stringtablemodel.h"
#include "tablecsvexporter.h"

#include "portfolio/metricstext.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cl::ui {

using portfolio::MetricsText;

namespace {

constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QTableView *tableFor(StringTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(StringTableModel::SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);   // the producer's order until the user sorts
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    return view;
}

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    return view;
}

StringTableModel::Cell numberCell(double value, const QString &text)
{
    StringTableModel::Cell cell{text, std::isfinite(value) ? QVariant(value) : QVariant(), {}, {}};
    if (std::isfinite(value) && value != 0.0)
        cell.color = value < 0 ? QColor(0xd0, 0x45, 0x3a) : QColor(0x26, 0xa6, 0x5b);
    return cell;
}

} // namespace

AnalyticsView::AnalyticsView(QWidget *parent)
    : QWidget(parent), m_summary(new StringTableModel(this)), m_breakdown(new StringTableModel(this)),
      m_trades(new StringTableModel(this)), m_monthly(new StringTableModel(this)),
      m_monteCarloTable(new StringTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    m_tabs->addTab(tableFor(m_summary, m_tabs), tr("Summary"));

    auto *breakdownPage = new QWidget(m_tabs);
    auto *breakdownLayout = new QVBoxLayout(breakdownPage);
    m_dimension = new QComboBox(breakdownPage);
    breakdownLayout->addWidget(m_dimension);
    breakdownLayout->addWidget(tableFor(m_breakdown, breakdownPage));
    m_tabs->addTab(breakdownPage, tr("Breakdowns"));
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &AnalyticsView::showBreakdown);

    m_tabs->addTab(tableFor(m_trades, m_tabs), tr("Trades"));
    m_tabs->addTab(tableFor(m_monthly, m_tabs), tr("Monthly"));

    auto *equity = new QSplitter(Qt::Vertical, m_tabs);
    m_equityView = chartView(equity);
    m_drawdownView = chartView(equity);
    equity->addWidget(m_equityView);
    equity->addWidget(m_drawdownView);
    equity->setStretchFactor(0, 3);
    equity->setStretchFactor(1, 1);
    m_tabs->addTab(equity, tr("Equity"));

    m_histogramView = chartView(m_tabs);
    m_tabs->addTab(m_histogramView, tr("R multiples"));

    auto *mcPage = new QWidget(m_tabs);
    auto *mcLayout = new QVBoxLayout(mcPage);
    auto *mcRow = new QHBoxLayout;
    m_paths = new QSpinBox(mcPage);
    m_paths->setRange(100, 100'000);
    m_paths->setValue(2'000);
    m_paths->setSingleStep(1000);
    m_seed = new QSpinBox(mcPage);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setSpecialValueText(tr("random"));
    auto *run = new QPushButton(tr("Run"), mcPage);
    m_seedLabel = new QLabel(mcPage);
    m_seedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mcRow->addWidget(new QLabel(tr("Paths"), mcPage));
    mcRow->addWidget(m_paths);
    mcRow->addWidget(new QLabel(tr("Seed"), mcPage));
    mcRow->addWidget(m_seed);
    mcRow->addWidget(run);
    mcRow->addWidget(m_seedLabel, 1);
    mcLayout->addLayout(mcRow);
    auto *mcSplit = new QSplitter(Qt::Vertical, mcPage);
    m_fanView = chartView(mcSplit);
    mcSplit->addWidget(m_fanView);
    mcSplit->addWidget(tableFor(m_monteCarloTable, mcSplit));
    mcLayout->addWidget(mcSplit, 1);
    m_tabs->addTab(mcPage, tr("Monte Carlo"));
    connect(run, &QPushButton::clicked, this, [this] {
        runMonteCarlo(m_seed->value() > 0 ? std::optional<quint64>(quint64(m_seed->value())) : std::nullopt);
    });

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    m_tabs->setCornerWidget(exportButton, Qt::TopRightCorner);
    connect(exportButton, &QPushButton::clicked, this, &AnalyticsView::exportCurrentTable);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, exportButton] { exportButton->setEnabled(currentTable()); });
}

void AnalyticsView::setSnapshot(const portfolio::PortfolioSnapshot &snapshot, const portfolio::MetricsOptions &options)
{
    m_snapshot = snapshot;
    m_report = snapshot.metrics(options);
    m_monteCarlo.reset();
    showSummary();
    const QString dimension = m_dimension->currentData().toString();
    m_dimension->blockSignals(true);
    m_dimension->clear();
    for (const portfolio::Breakdown &b : m_report.breakdowns)
        m_dimension->addItem(MetricsText::dimensionTitle(b.dimension), b.dimension);
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(dimension)));
    m_dimension->blockSignals(false);
    showBreakdown();
    showTrades();
    showMonthly();
    showCharts();
    showMonteCarlo();
}

void AnalyticsView::showSummary()
{
    std::vector<std::vector<StringTableModel::Cell>> rows;
    for (const MetricsText::Row &r : MetricsText::summary(m_report, m_snapshot.portfolio.currency))
        rows.push_back({{r.label, {}, {}, r.note}, {r.value, {}, {}, r.note}, {r.note, {}, {}, {}}});
    m_summary->setTable({tr("Metric"), tr("Value"), tr("Convention")}, std::move(rows));
}

void AnalyticsView::showBreakdown()
{
    const int index = m_dimension->currentIndex();
    if (index < 0 || size_t(index) >= m_report.breakdowns.size()) {
        m_breakdown->setTable(MetricsText::breakdownHeader(), std::vector<QStringList>{});
        return;
    }
    const portfolio::Breakdown &b = m_report.breakdowns[size_t(index)];
    const auto texts = MetricsText::breakdownRows(b);
    std::vector<std::vector<StringTableModel::Cell>> rows;
    for (size_t i = 0; i < texts.size() && i < b.rows.size(); ++i) {
        std::vector<StringTableModel::Cell> row;
        for (const QString &t : texts[i])
            row.push_back({t, {}, {}, {}});
        row[1].sortValue = b.rows[i].stats.trades;
        if (row.size() > 3)
            row[3] = numberCell(b.rows[i].stats.netPnl, texts[i][3]);
        rows.push_back(std::move(row));
    }
    m_breakdown->setTable(MetricsText::breakdownHeader(), std::move(rows));
}

void AnalyticsView::showTrades()
{
    std::vector<std::vector<StringTableModel::Cell>> rows;
    for (const portfolio::TradeResult &r : m_report.curve.closedTrades()) {
        const double r2 = r.rMultiple.value_or(std::nan(""));
        rows.push_back({{r.externalId, {}, {}, {}},
                        {r.symbol, {}, {}, {}},
                        {portfolio::directionToString(r.direction), {}, {}, {}},
                        {MetricsText::utc(r.entryTime), r.entryTime, {}, {}},
                        {MetricsText::utc(r.exitTime.value_or(0)), r.exitTime.value_or(0), {}, {}},
                        numberCell(r.pnl, MetricsText::number(r.pnl)),
                        numberCell(r.pnlPct, MetricsText::percent(r.pnlPct)),
                        numberCell(r2, MetricsText::number(r2)),
                        {r.patternType, {}, {}, {}},
                        {r.timeframe, {}, {}, {}},
                        {r.tags.join(QStringLiteral(", ")), {}, {}, {}},
                        {r.mood, {}, {}, {}}});
    }
    m_trades->setTable({tr("Trade"), tr("Symbol"), tr("Side"), tr("Entry (UTC)"), tr("Exit (UTC)"), tr("P&L"),
                        tr("P&L %"), tr("R"), tr("Pattern"), tr("Timeframe"), tr("Tags"), tr("Mood")},
                       std::move(rows));
}

void AnalyticsView::showMonthly()
{
    QStringList header{tr("Year")};
    for (const char *m : kMonths)
        header << tr(m);
    header << tr("Year P&L") << tr("Year return");
    std::vector<std::vector<StringTableModel::Cell>> rows;
    for (const portfolio::YearlyPnl &y : m_report.yearly) {
        std::vector<StringTableModel::Cell> row(size_t(header.size()));
        row[0] = {QString::number(y.year), y.year, {}, {}};
        for (const portfolio::MonthlyPnl &m : m_report.monthly) {
            if (m.year != y.year)
                continue;
            row[size_t(m.month)] = numberCell(m.pnl, MetricsText::number(m.pnl));
            row[size_t(m.month)].toolTip = tr("return %1").arg(MetricsText::percent(m.returnPct));
        }
        row[13] = numberCell(y.pnl, MetricsText::number(y.pnl));
        row[14] = numberCell(y.returnPct, MetricsText::percent(y.returnPct));
        rows.push_back(std::move(row));
    }
    m_monthly->setTable(header, std::move(rows));
}

std::vector<double> AnalyticsView::rMultiples() const
{
    std::vector<double> r;
    for (const portfolio::TradeResult &t : m_report.curve.closedTrades()) {
        if (t.rMultiple)
            r.push_back(*t.rMultiple);
    }
    return r;
}

void AnalyticsView::showCharts()
{
    const QString currency = m_snapshot.portfolio.currency;
    auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;   // the view does not delete a chart it is given
    };
    replace(m_equityView, AnalyticsCharts::equity(m_report.curve, currency));
    replace(m_drawdownView, AnalyticsCharts::drawdown(m_report.curve));
    replace(m_histogramView, AnalyticsCharts::rHistogram(rMultiples()));
}

void AnalyticsView::runMonteCarlo(std::optional<quint64> seed)
{
    portfolio::MonteCarloConfig config;
    std::vector<double> samples = rMultiples();
    if (samples.empty()) {
        config.source = portfolio::MonteCarloConfig::Source::PnlPercent;
        for (const portfolio::TradeResult &t : m_report.curve.closedTrades())
            samples.push_back(t.pnlPct);
    }
    config.paths = m_paths->value();
    config.seed = seed;
    config.startEquity = m_report.initialBalance > 0 ? m_report.initialBalance : config.startEquity;
    m_monteCarlo = portfolio::MonteCarlo::run(samples, config);
    showMonteCarlo();
}

QString AnalyticsView::monteCarloSeedText() const
{
    return m_seedLabel->text();
}

void AnalyticsView::showMonteCarlo()
{
    if (!m_monteCarlo) {
        m_seedLabel->setText(tr("Not run yet"));
        m_monteCarloTable->setTable({tr("Percentile"), tr("Terminal equity"), tr("Max drawdown")}, std::vector<QStringList>{});
        QChart *old = m_fanView->chart();
        m_fanView->setChart(new QChart);
        delete old;
        return;
    }
    const auto &mc = *m_monteCarlo;
    m_seedLabel->setText(tr("Seed %1 · %2 paths of %3 trades · P(loss) %4 · P(drawdown beyond 20 %) %5")
                             .arg(mc.seed)
                             .arg(mc.paths)
                             .arg(mc.tradesPerPath)
                             .arg(MetricsText::fractionAsPercent(mc.probLoss), MetricsText::fractionAsPercent(mc.probDrawdownBeyond)));
    std::vector<QStringList> rows;
    for (size_t i = 0; i < portfolio::MonteCarloResult::kPercentiles.size(); ++i) {
        rows.push_back({QStringLiteral("P%1").arg(portfolio::MonteCarloResult::kPercentiles[i]),
                        mc.terminalEquity ? MetricsText::number((*mc.terminalEquity)[i]) : QStringLiteral("—"),
                        MetricsText::fractionAsPercent(mc.maxDrawdown[i])});
    }
    m_monteCarloTable->setTable({tr("Percentile"), tr("Terminal equity"), tr("Max drawdown")}, rows);
    QChart *old = m_fanView->chart();
    m_fanView->setChart(AnalyticsCharts::monteCarloFan(mc, m_snapshot.portfolio.currency));
    delete old;
}

StringTableModel *AnalyticsView::currentTable() const
{
    switch (m_tabs->currentIndex()) {
    case 0:
        return m_summary;
    case 1:
        return m_breakdown;
    case 2:
        return m_trades;
    case 3:
        return m_monthly;
    case 6:
        return m_monteCarloTable;
    default:
        return nullptr;
    }
}

void AnalyticsView::exportCurrentTable()
{
    if (StringTableModel *model = currentTable()) {
        const QString name = m_snapshot.portfolio.name + QLatin1Char('-') + m_tabs->tabText(m_tabs->currentIndex()).toLower();
        TableCsvExporter::exportWithDialog(*model, name, this);
    }
}

} // namespace cl::ui
