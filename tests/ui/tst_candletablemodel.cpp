#include "shell/candletablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using cl::ui::CandleTableModel;

class TstCandleTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsCandlesInUtc()
    {
        CandleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCandles({{1'709'294'400'000, 61234.5, 61300, 61200.1, 61250.25, 12.5}, {1'709'298'000'000, 1, 2, 0.5, 1.5, 0}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CandleTableModel::ColumnCount));
        QCOMPARE(model.index(0, CandleTableModel::Time).data().toString(), QStringLiteral("2024-03-01 12:00 UTC"));
        QCOMPARE(model.index(0, CandleTableModel::Close).data().toString(), QStringLiteral("61250.25"));
        QCOMPARE(model.index(0, CandleTableModel::Low).data().toString(), QStringLiteral("61200.1"));
        QCOMPARE(model.headerData(CandleTableModel::Volume, Qt::Horizontal).toString(), QStringLiteral("Volume"));
        model.setCandles({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstCandleTableModel)
#include "tst_candletablemodel.moc"
