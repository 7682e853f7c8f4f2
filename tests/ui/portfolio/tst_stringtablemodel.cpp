#include "portfolio/stringtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using cl::ui::StringTableModel;

class TstStringTableModel : public QObject
{
    Q_OBJECT

private slots:
    void cellsAndRoles()
    {
        StringTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<std::vector<StringTableModel::Cell>> rows;
        rows.push_back({{QStringLiteral("a"), {}, {}, {}}, {QStringLiteral("1.50"), 1.5, QColor(Qt::red), QStringLiteral("tip")}});
        rows.push_back({{QStringLiteral("short row"), {}, {}, {}}});   // padded to the header
        model.setTable({QStringLiteral("Key"), QStringLiteral("Value")}, std::move(rows));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.text(0, 1), QStringLiteral("1.50"));
        QCOMPARE(model.index(0, 1).data(StringTableModel::SortRole).toDouble(), 1.5);
        QCOMPARE(model.index(0, 0).data(StringTableModel::SortRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.index(0, 1).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("tip"));
        QCOMPARE(model.text(1, 1), QString());
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Value"));
        model.setTable({QStringLiteral("Only")}, std::vector<QStringList>{});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstStringTableModel)
#include "tst_stringtablemodel.moc"
