#pragma once

#include <QDockWidget>
#include <QList>

#include <limits>

class QTableWidget;

namespace cl::ui {

// One figure the diagnostics dock shows, e.g. {"Analysis", "Queue depth", 3, "jobs"}. The lead collects
// them from the workers (queue depth, processing latency, database write rate) and hands over a full list.
struct DiagnosticMetric
{
    QString source;
    QString name;
    double value = 0.0;
    QString unit;
    // Above this the value is shown as a warning; NaN = no limit.
    double warnAbove = std::numeric_limits<double>::quiet_NaN();
};

// Worker health at a glance: each named metric in a row, grouped by its source, updated in place.
class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    int metricCount() const;
    QString valueText(const QString &source, const QString &name) const;

public slots:
    void setMetrics(const QList<cl::ui::DiagnosticMetric> &metrics);

private:
    QTableWidget *m_table;
};

} // namespace cl::ui

Q_DECLARE_METATYPE(cl::ui::DiagnosticMetric)
