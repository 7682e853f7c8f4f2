// bench_chart: the candle chart's first paint, pan/zoom frames and memory per candle at 10k, 100k and
// 1M candles (offscreen, 1600x900), and Qt Charts' QCandlestickSeries at 10k and 50k as the baseline
// measured in the same run. JSON lines on stdout, notes on stderr.
#include "benchsupport.h"
#include "chart/candlechartwidget.h"

#include <QApplication>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>
#include <cstdio>
#include <memory>
#include <random>

using cl::bench::medianMs;
using cl::bench::report;
using cl::chart::CandleChartWidget;
using cl::model::Candle;

namespace {

constexpr QSize kSize(1600, 900);
constexpr int kRepetitions = 15;

cl::model::CandleSeries randomWalk(int count)
{
    std::mt19937_64 rng(2024);
    std::normal_distribution<double> step(0.0, 0.002);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    cl::model::CandleSeries candles;
    candles.reserve(size_t(count)); // exactly: the chart keeps this array as it is
    double price = 30'000.0;
    for (int i = 0; i < count; ++i) {
        Candle c;
        c.openTime = 1'600'000'000'000LL + i * 60'000LL;
        c.open = price;
        price *= 1.0 + step(rng);
        c.close = price;
        c.high = std::max(c.open, c.close) * (1.0 + unit(rng) * 0.001);
        c.low = std::min(c.open, c.close) * (1.0 - unit(rng) * 0.001);
        c.volume = unit(rng) * 10.0;
        candles.push_back(c);
    }
    return candles;
}

void send(QWidget &w, QEvent &event)
{
    QApplication::sendEvent(&w, &event);
}

void key(QWidget &w, int k)
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
    send(w, press);
}

// A drag step of dx pixels inside the plot, then the frame it causes.
struct Dragger
{
    QWidget &w;
    QPointF at{800, 400};
    void press()
    {
        QMouseEvent e(QEvent::MouseButtonPress, at, w.mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        send(w, e);
    }
    void move(double dx)
    {
        at.rx() += dx;
        QMouseEvent e(QEvent::MouseMove, at, w.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        send(w, e);
    }
    void release()
    {
        QMouseEvent e(QEvent::MouseButtonRelease, at, w.mapToGlobal(at), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        send(w, e);
    }
};

struct OurFigures
{
    double firstPaintMs = 0;
    double panDefaultMs = 0;
    double frameAllVisibleMs = 0;
    double zoomAllVisibleMs = 0;
    double overlayMs = 0;
    double bytesPerCandleRss = 0;
    double bytesPerCandleAccounted = 0;
};

OurFigures measureOurs(int count)
{
    OurFigures f;
    CandleChartWidget chart;
    chart.resize(kSize);
    chart.setSeries(cl::model::ExchangeId::Binance, *cl::model::Symbol::parse(u"BTC/USDT"), cl::model::Timeframe::M1);
    chart.show();
    chart.repaint();
    QApplication::processEvents();
    const double rssBefore = cl::bench::residentMiB();

    cl::model::CandleSeries candles = randomWalk(count); // counted in the memory, not in the time
    QElapsedTimer timer;
    timer.start();
    chart.setCandles(std::move(candles));
    chart.repaint();
    f.firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    const double rssAfter = cl::bench::residentMiB();
    f.bytesPerCandleRss = (rssAfter - rssBefore) * 1024.0 * 1024.0 / count;
    f.bytesPerCandleAccounted = double(chart.memoryBytes()) / count;

    // Pan frames at the default zoom, dragging into the past (the chart stays away from the left edge).
    Dragger drag{chart};
    drag.press();
    f.panDefaultMs = medianMs([&] { drag.move(7); chart.repaint(); }, kRepetitions, 2);
    drag.release();

    // Everything visible: one bar per pixel column; pan back and forth so all candles stay in view.
    for (int i = 0; i < 120 && chart.viewport().visibleRange().size() < count; ++i)
        key(chart, Qt::Key_Minus);
    key(chart, Qt::Key_End);
    if (chart.viewport().visibleRange().size() != count)
        std::fprintf(stderr, "warning: only %d of %d candles visible\n", chart.viewport().visibleRange().size(), count);
    Dragger pan{chart};
    pan.press();
    int direction = -1;
    f.frameAllVisibleMs = medianMs([&] { pan.move(3 * direction); direction = -direction; chart.repaint(); }, kRepetitions, 2);
    pan.release();
    // A crosshair move repaints the overlay over the cached static layer only.
    int y = 300;
    f.overlayMs = medianMs([&] {
        chart.setCrosshair(QPointF(700, y));
        y = y == 300 ? 310 : 300;
        chart.repaint();
    }, kRepetitions, 2);
    // Zoom frames: a wheel notch in and out again around the middle.
    int notch = 120;
    f.zoomAllVisibleMs = medianMs([&] {
        const QPointF at(800, 400);
        QWheelEvent e(at, chart.mapToGlobal(at), QPoint(), QPoint(0, notch), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
        send(chart, e);
        notch = -notch;
        chart.repaint();
    }, kRepetitions, 2);
    return f;
}

// The same 1M candles with every indicator on (EMA, SMA, Bollinger, RSI and MACD panes): what the lines
// cost in frame time and memory on top of the candles.
void measureAllIndicators(int count)
{
    CandleChartWidget chart;
    chart.resize(kSize);
    chart.show();
    chart.setCandles(randomWalk(count));
    chart.repaint();
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    chart.setIndicators(cl::chart::Indicator::Volume | cl::chart::Indicator::Ema | cl::chart::Indicator::Sma
                        | cl::chart::Indicator::Bollinger | cl::chart::Indicator::Rsi | cl::chart::Indicator::Macd);
    const double dispatchMs = double(timer.nsecsElapsed()) / 1e6; // what the GUI thread spends
    while (chart.indicatorsPending())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    chart.repaint();
    const double enableMs = double(timer.nsecsElapsed()) / 1e6;
    for (int i = 0; i < 120 && chart.viewport().visibleRange().size() < count; ++i)
        key(chart, Qt::Key_Minus);
    Dragger pan{chart};
    pan.press();
    int direction = -1;
    const double frameMs = medianMs([&] { pan.move(3 * direction); direction = -direction; chart.repaint(); }, kRepetitions, 2);
    pan.release();
    const double bytes = double(chart.memoryBytes()) / count;
    std::fprintf(stderr, "ours 1m, all indicators: GUI thread %.1f ms, lines shown after %.1f ms, frame all visible %.3f ms, %.1f B/candle (accounted)\n",
                 dispatchMs, enableMs, frameMs, bytes);
    report(QStringLiteral("chart.indicators_enable_gui_1m_ms"), dispatchMs, QStringLiteral("ms"));
    report(QStringLiteral("chart.indicators_enable_1m_ms"), enableMs, QStringLiteral("ms"));
    report(QStringLiteral("chart.frame_1m_all_indicators_ms"), frameMs, QStringLiteral("ms"));
    report(QStringLiteral("chart.bytes_per_candle_all_indicators"), bytes, QStringLiteral("bytes"));
}

struct QtChartsFigures
{
    double firstPaintMs = 0;
    double panMs = 0;
};

QtChartsFigures measureQtCharts(int count, int repetitions)
{
    QtChartsFigures f;
    const cl::model::CandleSeries candles = randomWalk(count);
    QElapsedTimer timer;
    timer.start();
    auto *series = new QCandlestickSeries;
    series->setIncreasingColor(QColor(38, 166, 154));
    series->setDecreasingColor(QColor(239, 83, 80));
    QList<QCandlestickSet *> sets;
    sets.reserve(count);
    for (const Candle &c : candles)
        sets << new QCandlestickSet(c.open, c.high, c.low, c.close, qreal(c.openTime));
    series->append(sets);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->legend()->hide();
    QChartView view(chart);
    view.resize(kSize);
    view.show();
    view.repaint();
    f.firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    int direction = -1;
    f.panMs = medianMs([&] { chart->scroll(3 * direction, 0); direction = -direction; view.repaint(); }, repetitions, 1);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const struct
    {
        int count;
        const char *tag;
    } sizes[] = {{10'000, "10k"}, {50'000, "50k"}, {100'000, "100k"}, {1'000'000, "1m"}};
    double ours50kFrame = 0;
    for (const auto &size : sizes) {
        const OurFigures f = measureOurs(size.count);
        const QString tag = QLatin1String(size.tag);
        std::fprintf(stderr, "ours %s: first paint %.2f ms, pan (default zoom) %.3f ms, frame all visible %.3f ms, "
                             "zoom all visible %.3f ms, %.1f B/candle (RSS), %.1f B/candle (accounted)\n",
                     size.tag, f.firstPaintMs, f.panDefaultMs, f.frameAllVisibleMs, f.zoomAllVisibleMs,
                     f.bytesPerCandleRss, f.bytesPerCandleAccounted);
        report(QStringLiteral("chart.first_paint_%1_ms").arg(tag), f.firstPaintMs, QStringLiteral("ms"));
        report(QStringLiteral("chart.frame_%1_ms").arg(tag), f.frameAllVisibleMs, QStringLiteral("ms"));
        report(QStringLiteral("chart.pan_frame_default_zoom_%1_ms").arg(tag), f.panDefaultMs, QStringLiteral("ms"));
        report(QStringLiteral("chart.zoom_frame_%1_ms").arg(tag), f.zoomAllVisibleMs, QStringLiteral("ms"));
        report(QStringLiteral("chart.crosshair_frame_%1_ms").arg(tag), f.overlayMs, QStringLiteral("ms"));
        if (size.count == 50'000)
            ours50kFrame = f.frameAllVisibleMs;
        if (size.count == 1'000'000) {
            report(QStringLiteral("chart.bytes_per_candle"), f.bytesPerCandleRss, QStringLiteral("bytes"));
            report(QStringLiteral("chart.bytes_per_candle_accounted"), f.bytesPerCandleAccounted, QStringLiteral("bytes"));
        }
    }

    measureAllIndicators(1'000'000);

    if (app.arguments().contains(QStringLiteral("--no-baseline"))) // for profiling our side alone
        return 0;
    const QString baseline = QStringLiteral("QCandlestickSeries");
    const QtChartsFigures q10 = measureQtCharts(10'000, 5);
    std::fprintf(stderr, "Qt Charts 10k: first paint %.1f ms, pan %.1f ms\n", q10.firstPaintMs, q10.panMs);
    report(QStringLiteral("chart.qtcharts_first_paint_10k_ms"), q10.firstPaintMs, QStringLiteral("ms"), baseline);
    report(QStringLiteral("chart.qtcharts_frame_10k_ms"), q10.panMs, QStringLiteral("ms"), baseline);
    const QtChartsFigures q50 = measureQtCharts(50'000, 3);
    std::fprintf(stderr, "Qt Charts 50k: first paint %.1f ms, pan %.1f ms\n", q50.firstPaintMs, q50.panMs);
    report(QStringLiteral("chart.qtcharts_first_paint_50k_ms"), q50.firstPaintMs, QStringLiteral("ms"), baseline);
    report(QStringLiteral("chart.qtcharts_frame_50k_ms"), q50.panMs, QStringLiteral("ms"), baseline);
    // The same 50k candles, all visible in both charts, one pan frame each.
    report(QStringLiteral("chart.speedup_vs_qtcharts_50k"), q50.panMs / std::max(ours50kFrame, 1e-6),
           QStringLiteral("x"), baseline);
    return 0;
}
