#include "portfolio/analyticscharts.h"
#include "portfolio/analyticsview.h"
#include "portfolio/stringtablemodel.h"
#include "portfolio/tablecsvexporter.h"

#include "../../portfolio/journalfixture.h"
#include "portfolio/metricstext.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QTest>

using namespace cl::portfolio;
using cl::ui::AnalyticsCharts;
using cl::ui::AnalyticsView;
using cl::ui::StringTableModel;

class TstAnalyticsView : public QObject
{
    Q_OBJECT

private:
    cl::test::JournalFixture m_fixture;

    static QLineSeries *firstLine(QChartView *view)
    {
        for (QAbstractSeries *s : view->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                return line;
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                return area->upperSeries();
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.build(40)); }

    void everyTableFilledAndSane()
    {
        AnalyticsView view;
        const PortfolioSnapshot snapshot = m_fixture.snapshot();
        view.setSnapshot(snapshot);
        for (StringTableModel *model : {view.summaryModel(), view.breakdownModel(), view.tradesModel(), view.monthlyModel()}) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model->rowCount() > 0);
        }
        QCOMPARE(view.tradesModel()->rowCount(), view.report().trades.trades);   // closed trades only
        // Every breakdown of metrics.md is offered.
        QStringList dimensions;
        for (int i = 0; i < view.breakdownBox()->count(); ++i)
            dimensions << view.breakdownBox()->itemData(i).toString();
        for (const char *d : {"symbol", "pattern", "timeframe", "hour", "weekday", "tag", "mood"})
            QVERIFY2(dimensions.contains(QLatin1String(d)), d);
        // The Year x Month grid: a row per year, 12 months plus the year's P&L and return.
        QCOMPARE(view.monthlyModel()->columnCount(), 15);
        QCOMPARE(view.monthlyModel()->text(0, 0), QStringLiteral("2024"));
        // Summary values agree with the report.
        bool found = false;
        for (int r = 0; r < view.summaryModel()->rowCount(); ++r)
            found |= view.summaryModel()->text(r, 1) == MetricsText::number(view.report().trades.netPnl)
                     || view.summaryModel()->text(r, 1).contains(MetricsText::number(view.report().trades.netPnl));
        QVERIFY(found);
    }

    void breakdownSwitches()
    {
        AnalyticsView view;
        view.setSnapshot(m_fixture.snapshot());
        const int tagIndex = view.breakdownBox()->findData(QStringLiteral("tag"));
        view.breakdownBox()->setCurrentIndex(tagIndex);
        QStringList keys;
        for (int r = 0; r < view.breakdownModel()->rowCount(); ++r)
            keys << view.breakdownModel()->text(r, 0);
        QVERIFY(keys.contains(QStringLiteral("bulk")));
        QVERIFY(keys.contains(QStringLiteral("breakout")));
    }

    void chartsBuilt()
    {
        AnalyticsView view;
        view.setSnapshot(m_fixture.snapshot());
        QLineSeries *equity = firstLine(view.equityView());
        QVERIFY(equity);
        QCOMPARE(size_t(equity->count()), view.report().curve.points().size());   // short curve: every point
        QVERIFY(firstLine(view.drawdownView()));
        QCOMPARE(view.histogramView()->chart()->series().size(), 1);
    }

    void longCurvesAreDownsampled()
    {
        std::vector<TradeResult> results;
        for (int i = 0; i < 20'000; ++i) {
            TradeResult r;
            r.tradeId = i + 1;
            r.externalId = QString::number(i + 1);
            r.closed = true;
            r.entryTime = 1'700'000'000'000 + qint64(i) * 60'000;
            r.exitTime = r.entryTime + 30'000;
            r.pnl = (i % 3 == 0) ? -5.0 : 4.0;
            results.push_back(r);
        }
        const EquityCurve curve(10'000, results);
        std::unique_ptr<QChart> chart(AnalyticsCharts::equity(curve, QStringLiteral("USDT")));
        auto *line = qobject_cast<QLineSeries *>(chart->series().front());
        QVERIFY(line->count() <= int(AnalyticsCharts::kMaxCurvePoints));
        QVERIFY(line->count() > 1000);
    }

    void histogramBins()
    {
        const auto bins = AnalyticsCharts::histogram({-1.0, -0.2, 0.1, 2.4, std::nan("")}, 0.5);
        QCOMPARE(bins.size(), size_t(7));   // -1.0 .. 2.5
        QCOMPARE(bins.front().from, -1.0);
        QCOMPARE(bins.front().count, 1);
        QCOMPARE(bins[1].count, 1);   // -0.2 in [-0.5, 0)
        QCOMPARE(bins[2].count, 1);   // 0.1 in [0, 0.5)
        QCOMPARE(bins.back().count, 1);
        QVERIFY(AnalyticsCharts::histogram({}, 0.5).empty());
    }

    void monteCarloShowsItsSeedAndRepeats()
    {
        AnalyticsView view;
        view.setSnapshot(m_fixture.snapshot());
        QVERIFY(!view.monteCarlo());
        view.runMonteCarlo(12345);
        QVERIFY(view.monteCarloSeedText().contains(QStringLiteral("Seed 12345")));
        QVERIFY(view.fanView()->chart()->title().contains(QStringLiteral("seed 12345")));
        QCOMPARE(view.monteCarloModel()->rowCount(), 5);
        const QString first = cl::ui::TableCsvExporter::toCsv(*view.monteCarloModel());
        view.runMonteCarlo(12345);
        QCOMPARE(cl::ui::TableCsvExporter::toCsv(*view.monteCarloModel()), first);
        view.runMonteCarlo(std::nullopt);   // a drawn seed is shown too
        QVERIFY(view.monteCarloSeedText().contains(QStringLiteral("Seed %1").arg(view.monteCarlo()->seed)));
    }

    void everyTableExportsToCsv()
    {
        AnalyticsView view;
        view.setSnapshot(m_fixture.snapshot());
        view.runMonteCarlo(7);
        int tables = 0;
        for (int tab = 0; tab < view.tabs()->count(); ++tab) {
            view.tabs()->setCurrentIndex(tab);
            if (StringTableModel *model = view.currentTable()) {
                ++tables;
                const QStringList lines = cl::ui::TableCsvExporter::toCsv(*model).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
                QCOMPARE(lines.size(), model->rowCount() + 1);
            }
        }
        QCOMPARE(tables, 5);
    }

    void emptyPortfolio()
    {
        PortfolioSnapshot empty;
        empty.portfolio.name = QStringLiteral("Empty");
        empty.portfolio.initialBalance = 1000;
        AnalyticsView view;
        view.setSnapshot(empty);
        QCOMPARE(view.tradesModel()->rowCount(), 0);
        view.runMonteCarlo(1);
        QCOMPARE(view.monteCarlo()->paths, 0);
    }
};

QTEST_MAIN(TstAnalyticsView)
#include "tst_analyticsview.moc"
