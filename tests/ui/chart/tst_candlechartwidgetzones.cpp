// CandleChartWidget's pattern zones: the highlighted one (a matrix or signal click) and finished ones.
#include "chartwidgettestsupport.h"

#include "chart/annotationpainter.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace cl::chart;
using namespace cl::chart::test;

class TstCandleChartWidgetZones : public QObject, private ShownChart
{
    Q_OBJECT

private:
    static cl::model::Pattern zoneAt(const CandleChartWidget &w, qint64 id, int index, double low, double high)
    {
        cl::model::Pattern p;
        p.id = id;
        p.timeframe = Timeframe::H1;
        p.detectedAt = w.candles()[size_t(index)].openTime;
        p.statusAt = p.detectedAt + kHour;
        p.zoneLow = low;
        p.zoneHigh = high;
        p.fillPct = 35;
        return p;
    }

    // The key a matrix cell or a signal names the zone at candle index by (zoneAt's timeframe and type).
    static cl::model::PatternKey keyAt(const CandleChartWidget &w, int index)
    {
        return {Timeframe::H1, cl::model::PatternType::Fvg, w.candles()[size_t(index)].openTime};
    }

    // Logical-pixel positions (x, y) and colours of the pixels that differ between two grabs.
    static std::vector<std::pair<QPointF, QColor>> changedPixels(const QImage &a, const QImage &b)
    {
        std::vector<std::pair<QPointF, QColor>> out;
        const double dpr = a.devicePixelRatio();
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                if (a.pixel(x, y) != b.pixel(x, y))
                    out.emplace_back(QPointF((x + 0.5) / dpr, (y + 0.5) / dpr), QColor(a.pixel(x, y)));
            }
        }
        return out;
    }

private slots:
    void cleanup() { reset(); }

    void highlightWaitsForItsPatternThenScrolls()
    {
        CandleChartWidget &w = shown(2000);
        QVERIFY(w.viewport().isAtEnd());
        const cl::model::PatternKey key = keyAt(w, 500);
        w.highlightPattern(key);
        QCOMPARE(w.highlightedPattern(), key);
        QVERIFY(w.isHighlightPending()); // the zones load asynchronously
        QVERIFY(w.viewport().isAtEnd());
        w.setPatterns({zoneAt(w, 6, 400, 100.1, 100.4), zoneAt(w, 7, 500, 100.1, 100.4), zoneAt(w, 8, 1990, 100.1, 100.4)});
        QVERIFY(!w.isHighlightPending());
        const ChartViewport::IndexRange range = w.viewport().visibleRange();
        QVERIFY2(range.first <= 500 && 500 < range.end, qPrintable(QStringLiteral("%1..%2").arg(range.first).arg(range.end)));
        QVERIFY(range.end - 500 >= 10); // what happened after the zone's start is in view too
        QVERIFY(!w.viewport().isAtEnd());

        // Like a pan, it no longer follows the live edge.
        const Candle next{w.candles().back().openTime + kHour, 100.0, 101.0, 99.0, 100.5, 3.0};
        w.onCandlesClosed({ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"), Timeframe::H1, {next}});
        QCOMPARE(w.candles().size(), size_t(2001));
        QCOMPARE(w.viewport().visibleRange().first, range.first);
        // The zones reloaded later (the analysis changed something) do not pull the view back.
        QTest::keyClick(&w, Qt::Key_Left);
        const int moved = w.viewport().visibleRange().first;
        QVERIFY(moved != range.first);
        w.setPatterns({zoneAt(w, 7, 500, 100.1, 100.4)});
        QCOMPARE(w.viewport().visibleRange().first, moved);
        // End goes back live; the zone stays highlighted until cleared.
        QTest::keyClick(&w, Qt::Key_End);
        QVERIFY(w.viewport().isAtEnd());
        QCOMPARE(w.highlightedPattern(), key);
        w.clearHighlight();
        QVERIFY(w.highlightedPattern().isNull());
        QVERIFY(!w.isHighlightPending());
    }

    void seriesChangeClearsTheHighlight()
    {
        CandleChartWidget &w = shown(300);
        w.setPatterns({zoneAt(w, 3, 100, 100.1, 100.4)});
        w.highlightPattern(keyAt(w, 100));
        QVERIFY(!w.isHighlightPending());
        QVERIFY(!w.viewport().isAtEnd());
        w.setSeries(ExchangeId::Binance, *Symbol::parse(u"ETH/USDT"), Timeframe::H1);
        QVERIFY(w.highlightedPattern().isNull());
        QVERIFY(!w.isHighlightPending());

        // A pending highlight goes too: the zone arriving later for the new series is not scrolled to.
        w.highlightPattern({Timeframe::H1, cl::model::PatternType::Fvg, kStart + 100 * kHour});
        QVERIFY(w.isHighlightPending());
        w.setSeries(ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"), Timeframe::H4);
        QVERIFY(w.highlightedPattern().isNull());
        w.setCandles(hourlyCandles(300));
        w.setPatterns({zoneAt(w, 9, 100, 100.1, 100.4)});
        QVERIFY(w.viewport().isAtEnd());
    }

    // The highlighted zone gets the accent outline, a stronger fill and its label on an accent tag; nothing
    // else on the chart changes.
    void highlightedZoneIsDrawnDifferently()
    {
        CandleChartWidget &w = shown(300);
        ChartTheme theme = ChartTheme::dark();
        theme.highlight = QColor(255, 0, 255); // a colour nothing else uses
        w.setTheme(theme);
        w.setPatterns({zoneAt(w, 1, 200, 99.6, 100.0), zoneAt(w, 2, 250, 100.3, 100.9)});
        w.highlightPattern(keyAt(w, 250));
        QVERIFY(!w.isHighlightPending());
        const QImage highlighted = w.grab().toImage();
        highlighted.save(QStringLiteral("chart-highlight.png")); // for a person to look at
        w.clearHighlight();
        const QImage plain = w.grab().toImage();
        QCOMPARE(plain.size(), highlighted.size());

        const double left = w.viewport().xOfIndexUnit(250);
        const double top = w.viewport().yOfPrice(100.9);
        const double bottom = w.viewport().yOfPrice(100.3);
        const auto changed = changedPixels(highlighted, plain);
        QVERIFY(!changed.empty());
        int accent = 0;
        int insideFill = 0;
        for (const auto &[pos, colour] : changed) {
            // Only the highlighted zone and its tag (above it or inside) change.
            QVERIFY2(pos.x() >= left - 1 && pos.y() >= top - 40 && pos.y() <= bottom + 2,
                     qPrintable(QStringLiteral("changed pixel at %1,%2").arg(pos.x()).arg(pos.y())));
            if (colour == theme.highlight)
                ++accent;
            else if (pos.x() > left + 4 && pos.y() > top + 4 && pos.y() < bottom - 4)
                ++insideFill;
        }
        QVERIFY(accent > 100); // outline and tag
        QVERIFY(insideFill > 100); // the stronger fill
        const auto count = [&](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += QColor(image.pixel(x, y)) == theme.highlight;
            return n;
        };
        QCOMPARE(count(plain), 0);
        // The accent outline runs along the zone's top edge, over most of the candles there.
        const double dpr = highlighted.devicePixelRatio();
        int onEdge = 0;
        for (int i = 255; i < 290; ++i) {
            const double x = w.viewport().xOfIndexUnit(i) + 0.5;
            onEdge += QColor(highlighted.pixel(int(x * dpr), int((top + 1) * dpr))) == theme.highlight;
        }
        QVERIFY2(onEdge > 25, qPrintable(QString::number(onEdge)));
    }

    // A finished zone is drawn faint up to the candle that ended it, without a label; an active one runs to
    // the right edge with its label.
    // Zones detected on the same candle start at the same x: each label goes below the ones it would cover.
    void labelsOfZonesOnTheSameCandleDoNotOverlap()
    {
        std::vector<QRectF> taken;
        const QRectF first = AnnotationPainter::placeLabel(QRectF(100, 50, 60, 14), taken);
        QCOMPARE(first, QRectF(100, 50, 60, 14));
        const QRectF second = AnnotationPainter::placeLabel(QRectF(100, 55, 70, 14), taken);
        QVERIFY(!second.intersects(first));
        QCOMPARE(second.left(), 100.0);
        const QRectF third = AnnotationPainter::placeLabel(QRectF(100, 50, 60, 14), taken); // covers both: below both
        QVERIFY(!third.intersects(first) && !third.intersects(second));
        const QRectF apart = AnnotationPainter::placeLabel(QRectF(400, 50, 60, 14), taken); // elsewhere: where it wants
        QCOMPARE(apart, QRectF(400, 50, 60, 14));
        QCOMPARE(taken.size(), size_t(4));

        // Drawn: two active zones on one candle, their labels at different heights.
        CandleChartWidget &w = shown(300);
        cl::model::Pattern ob = zoneAt(w, 1, 250, 100.3, 100.9);
        cl::model::Pattern sweep = zoneAt(w, 2, 250, 100.2, 100.8);
        sweep.type = cl::model::PatternType::LiquiditySweep;
        w.setPatterns({ob, sweep});
        w.grab(); // paints without trouble
    }

    void finishedZonesStopWhereTheyEnded()
    {
        CandleChartWidget &w = shown(300);
        // Above every candle's high (101.1) but inside the padded price range.
        cl::model::Pattern zone = zoneAt(w, 5, 265, 101.12, 101.22); // right of the legend
        zone.status = cl::model::PatternStatus::Filled;
        zone.fillPct = 100;
        zone.statusAt = w.candles()[275].openTime; // the close of candle 274
        w.setPatterns({});
        const QImage none = w.grab().toImage();
        w.setPatterns({zone});
        const QImage filled = w.grab().toImage();
        const auto finished = changedPixels(filled, none);
        QVERIFY(!finished.empty());
        const double left = w.viewport().xOfIndexUnit(265);
        const double end = w.viewport().xOfIndexUnit(275);
        const auto isText = [&](const QColor &c) {
            return std::abs(c.red() - w.theme().bullish.red()) + std::abs(c.green() - w.theme().bullish.green())
                       + std::abs(c.blue() - w.theme().bullish.blue()) < 60;
        };
        for (const auto &[pos, colour] : finished) {
            QVERIFY2(pos.x() >= left - 1 && pos.x() <= end + 1,
                     qPrintable(QStringLiteral("changed pixel at %1,%2").arg(pos.x()).arg(pos.y())));
            QVERIFY2(!isText(colour), qPrintable(QStringLiteral("text-coloured pixel at %1,%2 %3 (zone %4..%5)")
                                                     .arg(pos.x()).arg(pos.y()).arg(colour.name())
                                                     .arg(w.viewport().yOfPrice(101.22)).arg(w.viewport().yOfPrice(101.12))));
        }
        zone.status = cl::model::PatternStatus::Active;
        zone.fillPct = 35;
        w.setPatterns({zone});
        const auto active = changedPixels(w.grab().toImage(), none);
        QVERIFY(std::any_of(active.begin(), active.end(), [&](const auto &p) { return p.first.x() > end + 20; }));
        QVERIFY(std::any_of(active.begin(), active.end(), [&](const auto &p) { return isText(p.second); }));
    }

    // A zone older than the loaded candles: the chart pages older history in (the pan-left pager) until the
    // zone's candle is loaded, then scrolls there. Everything arrives asynchronously, in any order.
    void highlightLoadsOlderHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.sqlite"));
        QVERIFY(storeCandles(path, Timeframe::H1, hourlyCandles(12'000)));
        CandleChartWidget &w = reading(path);
        QSignalSpy loaded(&w, &CandleChartWidget::historyLoaded);
        w.reload();
        w.highlightPattern({Timeframe::H1, cl::model::PatternType::Fvg, kStart + 100 * kHour});
        cl::model::Pattern old;
        old.id = 42;
        old.timeframe = Timeframe::H1;
        old.detectedAt = kStart + 100 * kHour;
        old.zoneLow = 100.1;
        old.zoneHigh = 100.4;
        w.setPatterns({old}); // before the candles
        QVERIFY(w.isHighlightPending());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isHighlightPending(), 20'000);
        QVERIFY(loaded.count() >= 3); // the newest page and two older ones
        QCOMPARE(w.candles().front().openTime, kStart);
        const int index = AnnotationPainter::candleAtOrAfter(w.candles(), old.detectedAt);
        QCOMPARE(index, 100);
        const ChartViewport::IndexRange range = w.viewport().visibleRange();
        QVERIFY2(range.first <= index && index < range.end, qPrintable(QStringLiteral("%1..%2").arg(range.first).arg(range.end)));
        QTRY_VERIFY(!w.isLoading());
        QVERIFY(range.first <= index && index < w.viewport().visibleRange().end);
    }
};

QTEST_MAIN(TstCandleChartWidgetZones)
#include "tst_candlechartwidgetzones.moc"
