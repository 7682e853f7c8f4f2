#include "backtestdock.h"

#include "backtest/backtester.h"
#include "backtesttrademodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace cl::ui {

using backtest::BacktestSettings;

namespace {

QDoubleSpinBox *spin(double min, double max, double value, int decimals, double step)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

QString number(double value, int decimals = 2)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    return QLocale().toString(value, 'f', decimals);
}

// Tick labels of the equity curve's time axis in UTC, like the trades table: Qt Charts' date-time axis can
// only label in the machine's time zone. Dates alone when the ticks are at least a day apart.
QString tickFormat(qint64 stepMs)
{
    constexpr qint64 kDayMs = 86'400'000;
    return stepMs >= kDayMs ? QStringLiteral("yyyy-MM-dd")
        : stepMs >= 60'000  ? QStringLiteral("MM-dd HH:mm")
                            : QStringLiteral("HH:mm:ss");
}

// Ticks in the middle of equal slices of the range, so no label hangs over the plot's edges.
void labelTimeAxis(QCategoryAxis *axis, qint64 first, qint64 last, int ticks)
{
    const qint64 span = last - first;
    const QString format = tickFormat(span / ticks);
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(double(first));
    for (int i = 0; i < ticks; ++i) {
        const qint64 at = first + span * (2 * i + 1) / (2 * ticks);
        // A label repeated on a short run is skipped rather than shown twice.
        axis->append(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(format), double(at));
    }
    axis->setRange(double(first), double(last));
}

} // namespace

BacktestDock::BacktestDock(QWidget *parent)
    : QDockWidget(tr("Backtest"), parent)
{
    qRegisterMetaType<std::vector<backtest::BacktestTrade>>();
    setObjectName(QStringLiteral("backtestDock"));
    // Parameters on the left (scrolling when the dock is short), results on the right: the dock sits in the
    // bottom row of the workstation, which is wide and low.
    auto *controls = new QWidget;
    auto *layout = new QVBoxLayout(controls);
    layout->addWidget(buildForm());

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_status = new QLabel(tr("Choose the parameters and run."));
    m_status->setWordWrap(true);
    // The metrics' conventions (spec/metrics.md) shown where they are read.
    m_status->setToolTip(tr("Win rate in %, breakevens count as non-wins; drawdown on the per-trade equity curve; "
                            "Sharpe from zero-filled daily returns, annualized with 365 days. Inconclusive trades "
                            "(stop and target in one candle) count as 0 R."));
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *results = new QSplitter(Qt::Horizontal);
    m_model = new BacktestTradeModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    results->addWidget(m_table);
    results->addWidget(buildEquityArea());
    // The curve as wide as the table: a narrow chart has room for no time labels.
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    results->setSizes({1000, 1000}); // proportions until the user drags the handle

    auto *body = new QSplitter(Qt::Horizontal);
    body->addWidget(scroll);
    body->addWidget(results);
    body->setStretchFactor(1, 1);
    setWidget(body);

    connect(m_run, &QPushButton::clicked, this, &BacktestDock::run);
    connect(m_cancel, &QPushButton::clicked, this, &BacktestDock::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BacktestDock::onFinished);
}

QWidget *BacktestDock::buildEquityArea()
{
    m_equity = new QLineSeries;
    m_equity->setName(tr("Equity (realized)"));
    auto *chart = new QChart;
    chart->addSeries(m_equity);
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTitleText(tr("UTC"));
    m_valueAxis = new QValueAxis;
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_equity->attachAxis(m_timeAxis);
    m_equity->attachAxis(m_valueAxis);
    chart->legend()->hide();
    // As many time labels as the plot's width holds without eliding them.
    connect(chart, &QChart::plotAreaChanged, this, [this] { relabelTimeAxis(); });
    m_chart = new QChartView(chart);
    m_chart->setMinimumHeight(120);
    applyPaletteToChart();

    // Until a run has closed trades there is no time range: an empty chart would draw an axis at 1970-01-01.
    m_equityPlaceholder = new QLabel(tr("Run a backtest to see its equity curve."));
    m_equityPlaceholder->setAlignment(Qt::AlignCenter);
    m_equityPlaceholder->setWordWrap(true);
    m_equityPlaceholder->setEnabled(false);
    m_equityArea = new QStackedWidget;
    m_equityArea->addWidget(m_equityPlaceholder);
    m_equityArea->addWidget(m_chart);
    m_equityArea->setCurrentWidget(m_equityPlaceholder);
    return m_equityArea;
}

// Qt Charts paints with its own light theme; the curve follows the workstation's palette instead (dark by
// default), and again whenever the theme switches.
void BacktestDock::applyPaletteToChart()
{
    const QPalette pal = palette();
    QChart *chart = m_chart->chart();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
}

void BacktestDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart)
        applyPaletteToChart();
}

void BacktestDock::relabelTimeAxis()
{
    if (m_curveLast <= m_curveFirst)
        return;
    constexpr int kMaxTicks = 6;
    const QString widest = QDateTime::fromMSecsSinceEpoch(m_curveFirst, Qt::UTC)
                               .toString(tickFormat((m_curveLast - m_curveFirst) / kMaxTicks));
    const int labelWidth = QFontMetrics(m_timeAxis->labelsFont()).horizontalAdvance(widest) + 24;
    const int ticks = std::clamp(int(m_chart->chart()->plotArea().width()) / std::max(1, labelWidth), 1, kMaxTicks);
    // Relabelling can move the plot area again; only a different tick count is worth it.
    if (ticks == m_timeTicks)
        return;
    m_timeTicks = ticks;
    labelTimeAxis(m_timeAxis, m_curveFirst, m_curveLast, ticks);
}

bool BacktestDock::showsEquityPlaceholder() const
{
    return m_equityArea->currentWidget() == m_equityPlaceholder;
}

QString BacktestDock::equityPlaceholderText() const
{
    return m_equityPlaceholder->text();
}

BacktestDock::~BacktestDock()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

QWidget *BacktestDock::buildForm()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    m_source_ = new QComboBox;
    m_source_->addItem(tr("Patterns"));
    m_source_->addItem(tr("Confluence signals"));
    layout->addRow(tr("Trade"), m_source_);
    auto *types = new QHBoxLayout;
    for (int t = 0; t < model::kPatternTypeCount; ++t) {
        m_types[size_t(t)] = new QCheckBox(QString::fromLatin1(model::patternTypeLabel(model::PatternType(t))));
        m_types[size_t(t)]->setChecked(true);
        types->addWidget(m_types[size_t(t)]);
    }
    layout->addRow(tr("Patterns"), types);
    m_entry = new QComboBox;
    m_entry->addItem(tr("Limit at the entry level"));
    m_entry->addItem(tr("Next candle's open"));
    layout->addRow(tr("Entry"), m_entry);
    m_exit = new QComboBox;
    m_exit->addItems({tr("TP1"), tr("TP2"), tr("TP3"), tr("Scaled (a third at each)")});
    layout->addRow(tr("Exit"), m_exit);
    m_stopFirst = new QCheckBox(tr("Stop first when one candle reaches stop and target"));
    m_stopFirst->setToolTip(tr("Off: such a trade is inconclusive and counts as 0 R."));
    layout->addRow(QString(), m_stopFirst);
    m_rr = spin(0, 20, 0, 2, 0.5);
    m_rr->setSpecialValueText(tr("pattern targets"));
    layout->addRow(tr("RR target"), m_rr);
    m_stopBuffer = spin(0, 10, 1, 2, 0.25);
    layout->addRow(tr("Stop buffer ×"), m_stopBuffer);
    m_expiry = spin(0.1, 10, 1, 2, 0.25);
    layout->addRow(tr("Lifetime ×"), m_expiry);
    m_fee = spin(0, 1000, 0, 2, 1);
    layout->addRow(tr("Fee (bps)"), m_fee);
    m_slippage = spin(0, 1000, 0, 2, 1);
    layout->addRow(tr("Slippage (bps)"), m_slippage);
    m_risk = spin(0.01, 100, 1, 2, 0.25);
    layout->addRow(tr("Risk per trade (%)"), m_risk);
    m_balance = spin(1, 1e12, 10'000, 2, 1000);
    layout->addRow(tr("Initial balance"), m_balance);
    return form;
}

BacktestSettings BacktestDock::settings() const
{
    BacktestSettings s = m_base;
    s.source = m_source_->currentIndex() == 0 ? BacktestSettings::Source::Patterns : BacktestSettings::Source::Signals;
    for (size_t t = 0; t < m_types.size(); ++t)
        s.patternTypes[t] = m_types[t]->isChecked();
    s.entryMethod = m_entry->currentIndex() == 0 ? BacktestSettings::EntryMethod::Limit
                                                 : BacktestSettings::EntryMethod::NextOpen;
    s.exitMode = BacktestSettings::ExitMode(m_exit->currentIndex());
    s.sameCandle = m_stopFirst->isChecked() ? BacktestSettings::SameCandle::StopFirst
                                            : BacktestSettings::SameCandle::Inconclusive;
    s.rrTarget = m_rr->value();
    s.stopBufferMultiple = m_stopBuffer->value();
    s.expiryMultiplier = m_expiry->value();
    s.feeBps = m_fee->value();
    s.slippageBps = m_slippage->value();
    s.riskPct = m_risk->value();
    s.initialBalance = m_balance->value();
    return s;
}

void BacktestDock::setSettings(const BacktestSettings &s)
{
    m_base = s;
    m_source_->setCurrentIndex(s.source == BacktestSettings::Source::Patterns ? 0 : 1);
    for (size_t t = 0; t < m_types.size(); ++t)
        m_types[t]->setChecked(s.patternTypes[t]);
    m_entry->setCurrentIndex(s.entryMethod == BacktestSettings::EntryMethod::Limit ? 0 : 1);
    m_exit->setCurrentIndex(int(s.exitMode));
    m_stopFirst->setChecked(s.sameCandle == BacktestSettings::SameCandle::StopFirst);
    m_rr->setValue(s.rrTarget);
    m_stopBuffer->setValue(s.stopBufferMultiple);
    m_expiry->setValue(s.expiryMultiplier);
    m_fee->setValue(s.feeBps);
    m_slippage->setValue(s.slippageBps);
    m_risk->setValue(s.riskPct);
    m_balance->setValue(s.initialBalance);
}

QString BacktestDock::statusText() const
{
    return m_status->text();
}

void BacktestDock::run()
{
    if (isRunning())
        return;
    const BacktestSettings s = settings();
    const QString why = s.validate();
    if (!why.isEmpty()) {
        m_status->setText(tr("Cannot run: %1").arg(why));
        return;
    }
    if (!m_source) {
        m_status->setText(tr("Cannot run: no history to replay (choose a symbol and timeframe)."));
        return;
    }
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running…"));
    QPointer<BacktestDock> self(this);
    auto flag = m_cancelFlag;
    auto source = m_source;
    m_watcher.setFuture(QtConcurrent::run([self, flag, source, s]() {
        Outcome out;
        auto data = source(&out.error);
        if (!data) {
            if (out.error.isEmpty())
                out.error = tr("no history to replay");
            return out;
        }
        backtest::RunControl control;
        control.cancel = flag.get();
        control.progress = [self](double f) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, f] {
                    if (self)
                        self->m_progress->setValue(int(f * 100.0));
                },
                Qt::QueuedConnection);
        };
        out.result = backtest::Backtester::run(*data, s, control);
        return out;
    }));
}

void BacktestDock::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void BacktestDock::onFinished()
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    Outcome out = m_watcher.result();
    if (!out.error.isEmpty()) {
        m_status->setText(tr("Failed: %1").arg(out.error));
        emit finished(false);
        return;
    }
    if (out.result.cancelled) {
        m_status->setText(tr("Cancelled."));
        emit finished(true);
        return;
    }
    m_result = std::move(out.result);
    m_progress->setValue(100);
    showResult();
    emit tradesChanged(m_result.trades);
    emit finished(false);
}

void BacktestDock::showResult()
{
    m_model->setTrades(m_result.trades);
    const auto &m = m_result.metrics;
    m_status->setText(tr("%1 trades · win rate %2 % · expectancy %3 R · profit factor %4 · net %5 · max drawdown "
                         "%6 % · Sharpe %7")
                          .arg(m.trades.trades)
                          .arg(number(m.trades.winRate, 1), number(m.trades.expectancyR), number(m.trades.profitFactor),
                              number(m.netProfit), number(m.maxDrawdownPct, 1), number(m.sharpe)));
    showEquityCurve();
}

void BacktestDock::showEquityCurve()
{
    const portfolio::EquityCurve &curve = m_result.metrics.curve;
    QList<QPointF> points;
    double low = curve.initialBalance();
    double high = curve.initialBalance();
    for (const auto &p : curve.points()) {
        points.append(QPointF(double(p.time), p.equity));
        low = std::min(low, p.equity);
        high = std::max(high, p.equity);
    }
    m_equity->replace(points);
    if (curve.isEmpty() || points.isEmpty()) {
        m_equityPlaceholder->setText(tr("The run closed no trades, so there is no equity curve to draw."));
        m_equityArea->setCurrentWidget(m_equityPlaceholder);
        return;
    }
    m_curveFirst = qint64(points.front().x());
    // One point (or every exit at the entry's millisecond) still gets a visible range: a minute after it.
    m_curveLast = std::max(qint64(points.back().x()), m_curveFirst + 60'000);
    m_timeTicks = 0;
    relabelTimeAxis();
    const double pad = std::max((high - low) * 0.05, std::max(std::abs(high) * 1e-4, 1e-9));
    m_valueAxis->setRange(low - pad, high + pad);
    m_valueAxis->applyNiceNumbers(); // round ticks (10000, 9000 …), not 10830 and 9288
    // Whole currency units once the balance is large enough for cents to be noise on an axis.
    m_valueAxis->setLabelFormat(high - low >= 100.0 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    m_equityArea->setCurrentWidget(m_chart);
}

} // namespace cl::ui
