#pragma once

#include "portfolio/montecarlo.h"
#include "portfolio/performancemetrics.h"
#include "portfolio/portfoliosnapshot.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cl::ui {

class StringTableModel;

// The analytics of one portfolio: every metric of spec/metrics.md, the breakdowns (symbol, pattern, timeframe,
// hour, weekday, tag, mood), the closed trades, the Year x Month P&L grid, the equity curve over its
// drawdown, the R-multiple histogram and a Monte Carlo fan chart that shows its seed. Every table exports to
// CSV ("Export CSV…" exports the table on screen).
class AnalyticsView : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsView(QWidget *parent = nullptr);

    void setSnapshot(const portfolio::PortfolioSnapshot &snapshot, const portfolio::MetricsOptions &options = {});
    // Resamples the R multiples (the pnl % when no trade has a stop); nullopt seed draws one (and shows it).
    void runMonteCarlo(std::optional<quint64> seed);

    const portfolio::MetricsReport &report() const { return m_report; }
    std::optional<portfolio::MonteCarloResult> monteCarlo() const { return m_monteCarlo; }
    StringTableModel *summaryModel() const { return m_summary; }
    StringTableModel *breakdownModel() const { return m_breakdown; }
    StringTableModel *tradesModel() const { return m_trades; }
    StringTableModel *monthlyModel() const { return m_monthly; }
    StringTableModel *monteCarloModel() const { return m_monteCarloTable; }
    QComboBox *breakdownBox() const { return m_dimension; }
    QChartView *equityView() const { return m_equityView; }
    QChartView *drawdownView() const { return m_drawdownView; }
    QChartView *histogramView() const { return m_histogramView; }
    QChartView *fanView() const { return m_fanView; }
    QString monteCarloSeedText() const;
    // The table model of the tab on screen, for "Export CSV…" (nullptr on a chart tab).
    StringTableModel *currentTable() const;
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void exportCurrentTable();

private:
    void showSummary();
    void showBreakdown();
    void showTrades();
    void showMonthly();
    void showCharts();
    void showMonteCarlo();
    std::vector<double> rMultiples() const;

    portfolio::PortfolioSnapshot m_snapshot;
    portfolio::MetricsReport m_report;
    std::optional<portfolio::MonteCarloResult> m_monteCarlo;
    QTabWidget *m_tabs;
    StringTableModel *m_summary;
    StringTableModel *m_breakdown;
    StringTableModel *m_trades;
    StringTableModel *m_monthly;
    StringTableModel *m_monteCarloTable;
    QComboBox *m_dimension;
    QChartView *m_equityView;
    QChartView *m_drawdownView;
    QChartView *m_histogramView;
    QChartView *m_fanView;
    QSpinBox *m_seed;
    QSpinBox *m_paths;
    QLabel *m_seedLabel;
};

} // namespace cl::ui
