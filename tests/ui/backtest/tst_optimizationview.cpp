// OptimizationView offscreen: the trials table (guarded trials marked, the best in bold) and the heatmap
// of two chosen parameters holding the best rankable score per cell.
#include "backtest/optimizationtrialmodel.h"
#include "backtest/optimizationview.h"
#include "backtest/parameterheatmap.h"

#include <QTest>

#include <cmath>

using namespace cl::ui;
using namespace cl::backtest;
using cl::model::Timeframe;

namespace {

OptimizationResult planned()
{
    ParameterSpace space;
    space.rrTarget = {0.0, 2.0};
    space.stopBuffer = {1.0, 1.5, 2.0};
    space.expiryMultiplier = {1.0, 2.0};
    OptimizationResult r;
    r.trials = Optimizer::plan(BacktestSettings{}, space, OptimizationOptions{}, Timeframe::M15);
    // Scores made up: rr * 10 + buffer + expiry; trials with expiry 2 and buffer 2 guarded.
    for (Trial &t : r.trials) {
        t.trades = 40;
        t.guarded = t.settings.expiryMultiplier == 2.0 && t.settings.stopBufferMultiple == 2.0;
        t.score = t.guarded ? std::nan("")
                            : t.settings.rrTarget * 10 + t.settings.stopBufferMultiple + t.settings.expiryMultiplier;
    }
    r.best = 9; // rr 2, buffer 1.5, expiry 2: 23.5
    return r;
}

} // namespace

class TstOptimizationView : public QObject
{
    Q_OBJECT

private slots:
    void table()
    {
        OptimizationView view(Timeframe::M15);
        view.setResult(planned());
        const OptimizationTrialModel *m = view.model();
        QCOMPARE(m->rowCount(), 12);
        QCOMPARE(m->columnCount(), int(OptimizationTrialModel::ColumnCount));
        QCOMPARE(m->data(m->index(9, OptimizationTrialModel::Rr)).toDouble(), 2.0);
        QVERIFY(m->data(m->index(9, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(m->data(m->index(5, 0), Qt::ForegroundRole).isValid()); // guarded: buffer 2, expiry 2
        QCOMPARE(m->data(m->index(5, OptimizationTrialModel::Score)).toString(), QStringLiteral("–"));
        QCOMPARE(m->data(m->index(9, OptimizationTrialModel::Score), Qt::UserRole).toDouble(), 23.5);
    }

    void heatmapOfTwoParameters()
    {
        OptimizationView view(Timeframe::M15);
        view.resize(600, 500);
        view.show();
        view.setResult(planned());
        view.setAxes(OptimizationTrialModel::Rr, OptimizationTrialModel::StopBuffer);
        const ParameterHeatmap *h = view.heatmap();
        QCOMPARE(h->xs(), (std::vector<double>{0.0, 2.0}));
        QCOMPARE(h->ys(), (std::vector<double>{1.0, 1.5, 2.0}));
        // Best over expiry 1 and 2: rr 2, buffer 1 -> 20 + 1 + 2.
        QCOMPARE(h->scoreAt(1, 0), 23.0);
        // Buffer 2: only the expiry-1 trial is rankable -> 20 + 2 + 1.
        QCOMPARE(h->scoreAt(1, 2), 23.0);
        QCOMPARE(h->scoreAt(0, 1), 3.5);
        QVERIFY(std::isnan(h->scoreAt(5, 5)));
        view.setAxes(OptimizationTrialModel::Expiry, OptimizationTrialModel::StopBuffer);
        QCOMPARE(h->xs(), (std::vector<double>{1.0, 2.0}));
        QVERIFY(std::isnan(h->scoreAt(1, 2))); // every trial with expiry 2 and buffer 2 is guarded
        QVERIFY(!view.grab().isNull()); // paints offscreen
    }

    void emptyResult()
    {
        OptimizationView view(Timeframe::M15);
        view.setResult(OptimizationResult{});
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.heatmap()->xs().empty());
        QVERIFY(!view.heatmap()->grab().isNull());
    }
};

QTEST_MAIN(TstOptimizationView)
#include "tst_optimizationview.moc"
