// CandleChartWidget: view maths, input, live updates, painting, indicators and history from the database.
// The pattern zones and the highlight are in tst_candlechartwidgetzones.
#include "chartwidgettestsupport.h"

#include "analysis/indicators.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>

using namespace cl::chart;
using namespace cl::chart::test;

class TstCandleChartWidget : public QObject, private ShownChart
{
    Q_OBJECT

private slots:
    void cleanup() { reset(); }

    void startsAtTheLiveEdge()
    {
        CandleChartWidget &w = shown(1000);
        QVERIFY(w.viewport().isAtEnd());
        QCOMPARE(w.viewport().visibleRange().end, 1000);
        QCOMPARE(w.viewport().spacing(), ChartViewport::kDefaultSpacing);
    }

    void wheelZoomsAroundTheCursor()
    {
        CandleChartWidget &w = shown(5000);
        w.setFocus();
        QTest::keyClick(&w, Qt::Key_Left); // leave the live edge, so the zoom anchors at the cursor
        const QPointF at(400, 200);
        const double unit = w.viewport().indexUnitAt(at.x());
        const int before = w.viewport().visibleRange().size();
        wheel(w, at, 120);
        QVERIFY(w.viewport().spacing() > ChartViewport::kDefaultSpacing);
        QVERIFY(w.viewport().visibleRange().size() < before);
        QVERIFY(qAbs(w.viewport().indexUnitAt(at.x()) - unit) < 1e-9);
        wheel(w, at, -240);
        QVERIFY(w.viewport().visibleRange().size() > before);
    }

    void dragPansAndAxisDragScales()
    {
        CandleChartWidget &w = shown(5000);
        const auto before = w.viewport().visibleRange();
        drag(w, QPointF(500, 200), QPointF(580, 200)); // 80 px to the right: 10 older candles
        QCOMPARE(w.viewport().visibleRange().first, before.first - 10);
        QVERIFY(!w.viewport().isAtEnd());

        const double span = w.viewport().maxPrice() - w.viewport().minPrice();
        const double axisX = w.chartLayout().priceAxis.center().x();
        drag(w, QPointF(axisX, 200), QPointF(axisX, 300)); // down: prices spread apart
        QVERIFY(!w.isAutoScale());
        QVERIFY(w.viewport().maxPrice() - w.viewport().minPrice() > span * 1.2);

        const double spacing = w.viewport().spacing();
        const double timeY = w.chartLayout().timeAxis.center().y();
        drag(w, QPointF(500, timeY), QPointF(600, timeY)); // right on the time axis: zoom in
        QVERIFY(w.viewport().spacing() > spacing);

        sendMouse(w, QEvent::MouseButtonDblClick, QPointF(500, 200), Qt::LeftButton);
        QVERIFY(w.isAutoScale());
        QVERIFY(w.viewport().isAtEnd());
        QCOMPARE(w.viewport().spacing(), ChartViewport::kDefaultSpacing);
    }

    void keysMoveTheVisibleRange_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("firstShift"); // sign of the change of the first visible candle
        QTest::addColumn<int>("sizeShift");  // sign of the change of the visible count
        QTest::newRow("left") << int(Qt::Key_Left) << -1 << 0;
        QTest::newRow("right") << int(Qt::Key_Right) << 1 << 0;
        QTest::newRow("plus") << int(Qt::Key_Plus) << 1 << -1;
        QTest::newRow("up") << int(Qt::Key_Up) << 1 << -1;
        QTest::newRow("minus") << int(Qt::Key_Minus) << -1 << 1;
        QTest::newRow("home") << int(Qt::Key_Home) << -1 << 0;
        QTest::newRow("end") << int(Qt::Key_End) << 1 << -1; // the right margin holds no candles
    }
    void keysMoveTheVisibleRange()
    {
        QFETCH(int, key);
        QFETCH(int, firstShift);
        QFETCH(int, sizeShift);
        CandleChartWidget &w = shown(5000);
        w.setFocus();
        // Start in the middle of the data so every key has room to act.
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(&w, Qt::Key_Left);
        const auto before = w.viewport().visibleRange();
        QTest::keyClick(&w, Qt::Key(key));
        const auto after = w.viewport().visibleRange();
        const auto sign = [](int v) { return (v > 0) - (v < 0); };
        QCOMPARE(sign(after.first - before.first), firstShift);
        if (sizeShift == 0) // a pan: the same count give or take a candle cut at an edge
            QVERIFY(qAbs(after.size() - before.size()) <= 1);
        else
            QCOMPARE(sign(after.size() - before.size()), sizeShift);
        if (key == Qt::Key_Home)
            QCOMPARE(after.first, 0);
        if (key == Qt::Key_End)
            QVERIFY(w.viewport().isAtEnd());
    }

    void zoomingOutFarSwitchesToColumns()
    {
        CandleChartWidget &w = shown(200'000);
        for (int i = 0; i < 80; ++i)
            QTest::keyClick(&w, Qt::Key_Minus);
        QCOMPARE(w.viewport().visibleRange().first, 0);
        QCOMPARE(w.viewport().visibleRange().end, 200'000);
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(w.viewport().spacing() < 0.01);
    }

    void liveUpdateRepaintsTheOverlayOnly()
    {
        CandleChartWidget &w = shown(500);
        QTRY_VERIFY(w.paintCount() > 0);
        const int statics = w.staticRenderCount();
        const int paints = w.paintCount();
        cl::market::FormingCandle live;
        live.exchange = ExchangeId::Binance;
        live.symbol = *Symbol::parse(u"BTC/USDT");
        live.candle = w.candles().back();
        live.candle.openTime += 59 * 60'000; // the last minute of the last hour
        live.candle.close = live.candle.open + 0.1;
        w.onFormingCandle(live);
        QCOMPARE(w.candles().size(), size_t(500));
        QCOMPARE(w.candles().back().close, live.candle.close);
        QTRY_VERIFY(w.paintCount() > paints);
        QCOMPARE(w.staticRenderCount(), statics);

        // Another symbol's candle changes nothing.
        live.symbol = *Symbol::parse(u"ETH/USDT");
        live.candle.close = 1.0;
        w.onFormingCandle(live);
        QVERIFY(w.candles().back().close != 1.0);
    }

    void repaintsAreCoalesced()
    {
        CandleChartWidget &w = shown(500);
        QTRY_VERIFY(w.paintCount() > 0);
        QTest::qWait(50);
        const int paints = w.paintCount();
        cl::market::FormingCandle live;
        live.exchange = ExchangeId::Binance;
        live.symbol = *Symbol::parse(u"BTC/USDT");
        live.candle = w.candles().back();
        for (int i = 0; i < 200; ++i) {
            live.candle.close = live.candle.open + (i % 10) * 0.01;
            w.onFormingCandle(live);
        }
        QTest::qWait(100);
        QVERIFY(w.paintCount() > paints);
        // 200 updates in a burst are at most a handful of frames (16 ms apart).
        QVERIFY2(w.paintCount() - paints <= 8, qPrintable(QString::number(w.paintCount() - paints)));
    }

    void newCandleFollowsTheEdge()
    {
        CandleChartWidget &w = shown(500);
        cl::market::ClosedCandles closed;
        closed.exchange = ExchangeId::Binance;
        closed.symbol = *Symbol::parse(u"BTC/USDT");
        closed.timeframe = Timeframe::H1;
        closed.candles = {{w.candles().back().openTime + kHour, 100, 101, 99, 100.5, 5}};
        w.onCandlesClosed(closed);
        QCOMPARE(w.candles().size(), size_t(501));
        QVERIFY(w.viewport().isAtEnd());
        QCOMPARE(w.viewport().visibleRange().end, 501);

        // Panned away, a new candle does not drag the view along.
        QTest::keyClick(&w, Qt::Key_Left);
        const auto before = w.viewport().visibleRange();
        closed.candles = {{w.candles().back().openTime + kHour, 100, 101, 99, 100.5, 5}};
        w.onCandlesClosed(closed);
        QCOMPARE(w.candles().size(), size_t(502));
        QCOMPARE(w.viewport().visibleRange().first, before.first);
    }

    void minutesBuildTheHourlyCandle()
    {
        CandleChartWidget &w = shown(10);
        const qint64 hour = w.candles().back().openTime + kHour;
        cl::market::ClosedCandles minutes;
        minutes.exchange = ExchangeId::Binance;
        minutes.symbol = *Symbol::parse(u"BTC/USDT");
        minutes.timeframe = Timeframe::M1;
        minutes.candles = {{hour, 100, 103, 99, 102, 1}, {hour + 60'000, 102, 104, 101, 101, 2}};
        w.onCandlesClosed(minutes);
        QCOMPARE(w.candles().size(), size_t(11));
        QCOMPARE(w.candles().back(), (Candle{hour, 100, 104, 99, 101, 3}));
        cl::market::FormingCandle forming;
        forming.exchange = minutes.exchange;
        forming.symbol = minutes.symbol;
        forming.candle = {hour + 120'000, 101, 101.5, 98, 98.5, 4};
        w.onFormingCandle(forming);
        QCOMPARE(w.candles().back(), (Candle{hour, 100, 104, 98, 98.5, 7}));
    }

    void rendersKnownCandleColours_data()
    {
        QTest::addColumn<bool>("light");
        QTest::newRow("dark") << false;
        QTest::newRow("light") << true;
    }
    void rendersKnownCandleColours()
    {
        QFETCH(bool, light);
        CandleChartWidget &w = shown(100, 80);
        const ChartTheme theme = light ? ChartTheme::light() : ChartTheme::dark();
        w.setTheme(theme);
        const QImage image = w.grab().toImage();
        const double dpr = image.devicePixelRatio();
        // The _dpr ctest variants run this at QT_SCALE_FACTOR 2 and 1.5.
        QCOMPARE(dpr, qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0);
        QCOMPARE(image.width(), qRound(w.width() * dpr));
        const auto pixel = [&](double x, double y) { return QColor(image.pixel(int(x * dpr), int(y * dpr))); };
        const double x = w.viewport().xOfCandle(80);
        QCOMPARE(pixel(x, w.viewport().yOfPrice(105.0)), theme.bullish); // body
        QCOMPARE(pixel(x, w.viewport().yOfPrice(111.3)), theme.bullish); // upper wick
        QCOMPARE(pixel(x + 3.5, w.viewport().yOfPrice(111.3)), theme.background); // beside the wick
        const double volumeY = w.chartLayout().volume.bottom() - 2;
        QVERIFY(pixel(x, volumeY) != theme.background);
        // A bearish candle: 82 is quiet and closes below its open.
        const Candle &c = w.candles()[82];
        QVERIFY(c.close < c.open);
        QCOMPARE(pixel(w.viewport().xOfCandle(82), w.viewport().yOfPrice(c.open * 0.75 + c.close * 0.25)), theme.bearish);
    }

    void crosshairSnapsToOhlc()
    {
        CandleChartWidget &w = shown(100, 80);
        w.setCrosshair(QPointF(w.viewport().xOfCandle(80) + 1, w.viewport().yOfPrice(111.6)));
        QCOMPARE(w.crosshairIndex(), 80);
        QCOMPARE(w.crosshairPrice(), 112.0);
        w.setCrosshair(QPointF(w.viewport().xOfCandle(80), w.viewport().yOfPrice(98.7)));
        QCOMPARE(w.crosshairPrice(), 98.0);
        w.setMagnet(false);
        w.setCrosshair(QPointF(w.viewport().xOfCandle(80), w.viewport().yOfPrice(105.0)));
        QVERIFY(qAbs(w.crosshairPrice() - 105.0) < 1e-9);
        w.grab(); // the crosshair and legend paint without trouble
    }

    void alertLinesDragAndCreate()
    {
        CandleChartWidget &w = shown(100, 80);
        w.setAutoScale(false); // keep the scale fixed while dragging
        w.setAlertLines({{7, 105.0, QStringLiteral("A")}});
        QSignalSpy moved(&w, &CandleChartWidget::alertLevelMoved);
        const double y0 = w.viewport().yOfPrice(105.0);
        const double y1 = y0 - 40;
        // A level picked with the mouse lands on the decimals the price axis shows (2 at 105).
        const auto shown = [](double price) { return std::round(price * 100.0) / 100.0; };
        const double expected = shown(w.viewport().priceAt(y1));
        drag(w, QPointF(300, y0), QPointF(300, y1));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toLongLong(), 7);
        QVERIFY(qAbs(moved.at(0).at(1).toDouble() - expected) < 1e-9);

        QSignalSpy create(&w, &CandleChartWidget::createAlertRequested);
        const double y = w.viewport().yOfPrice(101.0);
        std::unique_ptr<QMenu> menu(w.createContextMenu(QPoint(300, int(y))));
        QAction *action = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(QStringLiteral("Create alert at")))
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        QCOMPARE(create.count(), 1);
        const double created = create.at(0).at(0).toDouble();
        QVERIFY(qAbs(created - shown(w.viewport().priceAt(int(y)))) < 1e-9);
        QCOMPARE(action->text(), QStringLiteral("Create alert at %1").arg(created, 0, 'f', 2)); // what it says is what it sets
    }

    void annotationsPaint()
    {
        CandleChartWidget &w = shown(300, 250);
        w.setIndicators(Indicator::Volume | Indicator::Ema | Indicator::Sma | Indicator::Bollinger | Indicator::Rsi
                        | Indicator::Macd);
        QVERIFY(w.indicatorsPending()); // computed on a pool thread
        QTRY_VERIFY(!w.indicatorsPending());
        QCOMPARE(w.candles().size(), size_t(300));
        QVERIFY(!w.chartLayout().rsi.isEmpty());
        QVERIFY(!w.chartLayout().macd.isEmpty());
        cl::model::Pattern zone;
        zone.direction = cl::model::Direction::Bullish;
        zone.detectedAt = w.candles()[260].openTime;
        zone.zoneLow = 100.0;
        zone.zoneHigh = 104.0;
        zone.fillPct = 50;
        w.setPatterns({zone});
        cl::model::Signal signal;
        signal.createdAt = w.candles()[270].openTime;
        signal.entry = 102;
        signal.stop = 99;
        signal.tp1 = 106;
        w.setSignals({signal});
        w.setTradeMarkers({{w.candles()[280].openTime, 101.0, true, QStringLiteral("L")}});
        w.setAlertLines({{1, 103.0, QStringLiteral("Alert")}});
        w.setCrosshair(QPointF(w.viewport().xOfCandle(250), w.viewport().yOfPrice(105)));
        w.setLogScale(true);
        const QImage image = w.grab().toImage();
        // For a person to look at: the build folder of this test.
        image.save(QStringLiteral("chart-annotations.png"));
        // The zone's upper half (filled) and lower half are shaded over the background, right of detection.
        const double x = w.viewport().xOfCandle(290) + 3.9;
        const double dpr = image.devicePixelRatio();
        const QColor inZone = QColor(image.pixel(int(x * dpr), int(w.viewport().yOfPrice(100.5) * dpr)));
        QVERIFY(inZone != w.theme().background);

        // A new candle while the lines are recomputed: they lag by one candle for a moment and still paint.
        cl::market::ClosedCandles closed;
        closed.exchange = ExchangeId::Binance;
        closed.symbol = *Symbol::parse(u"BTC/USDT");
        closed.timeframe = Timeframe::H1;
        closed.candles = {{w.candles().back().openTime + kHour, 100, 101, 99, 100.5, 5}};
        w.onCandlesClosed(closed);
        QVERIFY(w.indicatorsPending());
        QVERIFY(!w.grab().isNull());
        QTRY_VERIFY(!w.indicatorsPending());
        QVERIFY(!w.grab().isNull());
    }

    void indicatorParametersRecomputeTheLines()
    {
        CandleChartWidget &w = shown(600);
        const Indicators all = Indicator::Volume | Indicator::Ema | Indicator::Sma | Indicator::Bollinger
            | Indicator::Rsi | Indicator::Macd;
        w.setIndicators(all);
        QTRY_VERIFY_WITH_TIMEOUT(!w.indicatorsPending(), 10'000);
        QCOMPARE(w.indicatorLabel(Indicator::Ema), QStringLiteral("EMA 21"));
        QCOMPARE(w.indicatorLabel(Indicator::Bollinger), QStringLiteral("BB 20 2"));
        QCOMPARE(w.indicatorLabel(Indicator::Macd), QStringLiteral("MACD 12 26 9"));

        IndicatorParameters p;
        p.emaPeriod = 9;
        p.smaPeriod = 30;
        p.bollingerPeriod = 10;
        p.bollingerK = 1.5;
        p.rsiPeriod = 7;
        p.macdFast = 5;
        p.macdSlow = 35;
        p.macdSignal = 4;
        QVERIFY(w.setIndicatorParameters(p));
        QCOMPARE(w.indicatorParameters(), p);
        QVERIFY(w.indicatorsPending()); // the same pool-thread path as new candles
        QTRY_VERIFY_WITH_TIMEOUT(!w.indicatorsPending(), 10'000);
        QCOMPARE(w.indicatorLabel(Indicator::Ema), QStringLiteral("EMA 9"));
        QCOMPARE(w.indicatorLabel(Indicator::Sma), QStringLiteral("SMA 30"));
        QCOMPARE(w.indicatorLabel(Indicator::Bollinger), QStringLiteral("BB 10 1.5"));
        QCOMPARE(w.indicatorLabel(Indicator::Rsi), QStringLiteral("RSI 7"));
        QCOMPARE(w.indicatorLabel(Indicator::Macd), QStringLiteral("MACD 5 35 4"));

        const auto closes = cl::analysis::closesOf(w.candles());
        const auto ema = cl::analysis::ema(closes, 9);
        const auto sma = cl::analysis::sma(closes, 30);
        const auto bb = cl::analysis::bollinger(closes, 10, 1.5, 1.5);
        const auto rsi = cl::analysis::rsi(closes, 7);
        const auto macd = cl::analysis::macd(closes, 5, 35, 4);
        const ChartIndicators &lines = w.indicatorLines();
        QCOMPARE(lines.ema().size(), closes.size());
        const auto near = [](float line, double reference) {
            return std::abs(double(line) - reference) <= 1e-5 * std::max(1.0, std::abs(reference));
        };
        // The first valid index of each line moves with its period (spec/indicators.md lookbacks).
        QVERIFY(std::isnan(lines.ema()[7]) && !std::isnan(lines.ema()[8]));
        QVERIFY(std::isnan(lines.sma()[28]) && !std::isnan(lines.sma()[29]));
        QVERIFY(std::isnan(lines.rsi()[6]) && !std::isnan(lines.rsi()[7]));
        const size_t macdFirst = size_t(cl::analysis::macdLookback(35, 4));
        QVERIFY(std::isnan(lines.macd()[macdFirst - 1]) && !std::isnan(lines.macd()[macdFirst]));
        for (const size_t i : {size_t(40), size_t(123), size_t(317), size_t(599)}) {
            QVERIFY2(near(lines.ema()[i], ema[i]), qPrintable(QString::number(i)));
            QVERIFY(near(lines.sma()[i], sma[i]));
            QVERIFY(near(lines.bollingerUpper()[i], bb.upper[i]));
            QVERIFY(near(lines.bollingerLower()[i], bb.lower[i]));
            QVERIFY(near(lines.rsi()[i], rsi[i]));
            QVERIFY(near(lines.macd()[i], macd.macd[i]));
            QVERIFY(near(lines.macdSignalLine()[i], macd.signal[i]));
            QVERIFY(near(lines.macdHist()[i], macd.hist[i]));
        }
        QVERIFY(!w.grab().isNull());

        // An unusable set changes nothing.
        IndicatorParameters bad = p;
        bad.macdFast = 35;
        QVERIFY(!w.setIndicatorParameters(bad));
        QCOMPARE(w.indicatorParameters(), p);
        QVERIFY(!w.indicatorsPending());
    }



    // A backfill batch (several candles, or older than the newest shown) is taken from the database, where it
    // was committed before the signal; a single next candle is appended in place.
    void backfillBatchReloadsFromTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.sqlite"));
        const Symbol btc = *Symbol::parse(u"BTC/USDT");
        const CandleSeries stored = hourlyCandles(50);
        QVERIFY(storeCandles(path, Timeframe::H1, stored));
        CandleChartWidget &w = reading(path);
        // The live feed had shown only the newest candle before the backfill was stored.
        cl::market::ClosedCandles live{ExchangeId::Binance, btc, Timeframe::H1, {stored.back()}};
        w.onCandlesClosed(live);
        QCOMPARE(w.candles().size(), size_t(1));

        QSignalSpy loaded(&w, &CandleChartWidget::historyLoaded);
        cl::market::ClosedCandles backfill{ExchangeId::Binance, btc, Timeframe::H1,
                                           CandleSeries(stored.begin(), stored.end() - 1)};
        w.onCandlesClosed(backfill);
        QVERIFY(w.isReloadScheduled()); // not patched in place
        QTRY_VERIFY(!w.isReloadScheduled() && !w.isLoading() && loaded.count() >= 1);
        QCOMPARE(w.candles(), stored);
        QTest::qWait(100); // the chart may ask for older history once more and learn there is none
        QVERIFY(!w.isLoading());
        const int settled = loaded.count();

        // The next live close is appended without a reload.
        const Candle next{stored.back().openTime + kHour, 100.0, 101.0, 99.0, 100.5, 3.0};
        w.onCandlesClosed({ExchangeId::Binance, btc, Timeframe::H1, {next}});
        QCOMPARE(w.candles().size(), stored.size() + 1);
        QCOMPARE(w.candles().back(), next);
        QVERIFY(!w.isReloadScheduled());
        QTest::qWait(2 * CandleChartWidget::kBackfillReloadDelayMs);
        QCOMPARE(loaded.count(), settled);
    }

    void loadsHistoryWhenPanningLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.sqlite"));
        QVERIFY(storeCandles(path, Timeframe::H1, hourlyCandles(12'000)));
        // Half of the hour after the last stored one, as 1m candles: the forming hourly candle.
        const qint64 open = kStart + 12'000 * kHour;
        CandleSeries minutes;
        for (int i = 0; i < 30; ++i)
            minutes.push_back({open + i * 60'000LL, 200.0 + i, 201.0 + i, 199.0 + i, 200.5 + i, 2});
        QVERIFY(storeCandles(path, Timeframe::M1, minutes));
        CandleChartWidget &w = reading(path);
        QSignalSpy loaded(&w, &CandleChartWidget::historyLoaded);
        w.reload();
        QVERIFY(w.isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        // The newest stored hours plus the forming hour built from its stored minutes.
        QCOMPARE(w.candles().size(), size_t(CandleChartWidget::kInitialCandles + 1));
        QCOMPARE(w.candles()[w.candles().size() - 2].openTime, kStart + 11'999 * kHour);
        QCOMPARE(w.candles().back(), (Candle{kStart + 12'000 * kHour, 200.0, 230.0, 199.0, 229.5, 60.0}));
        QVERIFY(w.viewport().isAtEnd());

        // Home scrolls to the oldest loaded candle, which asks for older ones; the view stays on the
        // candles it showed.
        QTest::keyClick(&w, Qt::Key_Home);
        const qint64 leftTime = w.candles()[size_t(w.viewport().visibleRange().first)].openTime;
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(loaded.at(1).at(0).toInt(), int(CandleChartWidget::kHistoryChunk));
        QCOMPARE(w.candles().size(), size_t(10'001));
        QCOMPARE(w.candles()[size_t(w.viewport().visibleRange().first)].openTime, leftTime);
        for (size_t i = 1; i < w.candles().size(); ++i)
            QVERIFY(w.candles()[i].openTime > w.candles()[i - 1].openTime);

        QTest::keyClick(&w, Qt::Key_Home);
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(w.candles().size(), size_t(12'001));
        QCOMPARE(w.candles().front().openTime, kStart);
        QTest::keyClick(&w, Qt::Key_Home);
        QTRY_COMPARE(loaded.count(), 4); // nothing older: the chart stops asking
        QCOMPARE(loaded.at(3).at(0).toInt(), 0);
        QTest::keyClick(&w, Qt::Key_Right);
        QTest::keyClick(&w, Qt::Key_Home);
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 4);
        QVERIFY(!w.isLoading());
    }
};

QTEST_MAIN(TstCandleChartWidget)
#include "tst_candlechartwidget.moc"
