#include "views/diagnosticsdock.h"

#include <QTest>

using namespace cl;

class TstDiagnosticsDock : public QObject
{
    Q_OBJECT

private slots:
    void diagnosticsShowNamedMetricsInPlace()
    {
        ui::DiagnosticsDock dock;
        dock.setMetrics({{QStringLiteral("Analysis"), QStringLiteral("Queue depth"), 3, QStringLiteral("jobs")},
                         {QStringLiteral("Storage"), QStringLiteral("Writes"), 1234.4, QStringLiteral("rows/s")}});
        QCOMPARE(dock.metricCount(), 2);
        QCOMPARE(dock.valueText(QStringLiteral("Analysis"), QStringLiteral("Queue depth")), QStringLiteral("3 jobs"));
        QCOMPARE(dock.valueText(QStringLiteral("Storage"), QStringLiteral("Writes")), QStringLiteral("1234 rows/s"));
        dock.setMetrics({{QStringLiteral("Analysis"), QStringLiteral("Latency"), 0.5, QStringLiteral("ms")}});
        QCOMPARE(dock.metricCount(), 1);
        QCOMPARE(dock.valueText(QStringLiteral("Analysis"), QStringLiteral("Latency")), QStringLiteral("0.5 ms"));
    }
};

QTEST_MAIN(TstDiagnosticsDock)
#include "tst_diagnosticsdock.moc"
