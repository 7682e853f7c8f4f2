#pragma once

#include "backtest/backtestdata.h"
#include "backtest/backtestresult.h"
#include "backtest/backtestsettings.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QChartView;
class QCategoryAxis;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTableView;
class QValueAxis;

namespace cl::ui {

class BacktestTradeModel;

// The backtest dock: the parameters, Run with progress and Cancel (the backtest runs on a pool thread),
// the trades table, the metrics line and the equity curve. tradesChanged() hands the trades to whoever draws
// them on the chart (the main window wires it).
class BacktestDock : public QDockWidget
{
    Q_OBJECT

public:
    // Loads the history to replay; called on the worker thread, so it must open its own connection.
    using DataSource = std::function<std::optional<backtest::BacktestData>(QString *error)>;

    explicit BacktestDock(QWidget *parent = nullptr);
    ~BacktestDock() override;

    void setDataSource(DataSource source) { m_source = std::move(source); }
    backtest::BacktestSettings settings() const;
    void setSettings(const backtest::BacktestSettings &settings);
    bool isRunning() const { return m_watcher.isRunning(); }

    const BacktestTradeModel *tradeModel() const { return m_model; }
    const backtest::BacktestResult &result() const { return m_result; }
    QLineSeries *equitySeries() const { return m_equity; }
    QCategoryAxis *timeAxis() const { return m_timeAxis; }
    // True while the equity area shows its empty state (no run yet, or a run without closed trades) instead
    // of a chart whose time axis would start at the epoch.
    bool showsEquityPlaceholder() const;
    QString equityPlaceholderText() const;
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;

public slots:
    void run();
    void cancel();

signals:
    void tradesChanged(const std::vector<cl::backtest::BacktestTrade> &trades);
    void finished(bool cancelled);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        backtest::BacktestResult result;
        QString error;
    };

    QWidget *buildForm();
    void onFinished();
    void showResult();
    void showEquityCurve();
    void relabelTimeAxis();
    void applyPaletteToChart();
    QWidget *buildEquityArea();

    DataSource m_source;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<Outcome> m_watcher;
    backtest::BacktestResult m_result;
    backtest::BacktestSettings m_base;

    std::array<QCheckBox *, 3> m_types{};
    QComboBox *m_source_ = nullptr;
    QComboBox *m_entry = nullptr;
    QComboBox *m_exit = nullptr;
    QCheckBox *m_stopFirst = nullptr;
    QDoubleSpinBox *m_rr = nullptr;
    QDoubleSpinBox *m_stopBuffer = nullptr;
    QDoubleSpinBox *m_expiry = nullptr;
    QDoubleSpinBox *m_fee = nullptr;
    QDoubleSpinBox *m_slippage = nullptr;
    QDoubleSpinBox *m_risk = nullptr;
    QDoubleSpinBox *m_balance = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    BacktestTradeModel *m_model = nullptr;
    QStackedWidget *m_equityArea = nullptr;
    QLabel *m_equityPlaceholder = nullptr;
    QChartView *m_chart = nullptr;
    QLineSeries *m_equity = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    qint64 m_curveFirst = 0; // the time axis' range, UTC ms
    qint64 m_curveLast = 0;
    int m_timeTicks = 0;
};

} // namespace cl::ui

Q_DECLARE_METATYPE(std::vector<cl::backtest::BacktestTrade>)
