#include "diagnosticsdock.h"

#include <QHeaderView>
#include <QTableWidget>

#include <cmath>

namespace cl::ui {

DiagnosticsDock::DiagnosticsDock(QWidget *parent) : QDockWidget(tr("Diagnostics"), parent), m_table(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    m_table->setObjectName(QStringLiteral("diagnosticsTable"));
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Metric"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    setWidget(m_table);
}

int DiagnosticsDock::metricCount() const
{
    return m_table->rowCount();
}

QString DiagnosticsDock::valueText(const QString &source, const QString &name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == source && m_table->item(row, 1)->text() == name)
            return m_table->item(row, 2)->text();
    }
    return {};
}

void DiagnosticsDock::setMetrics(const QList<DiagnosticMetric> &metrics)
{
    // Updated in place rather than rebuilt, so a once-a-second refresh does not reset scrolling.
    m_table->setRowCount(int(metrics.size()));
    for (int row = 0; row < metrics.size(); ++row) {
        const DiagnosticMetric &metric = metrics[row];
        for (int column = 0; column < 3; ++column) {
            if (!m_table->item(row, column))
                m_table->setItem(row, column, new QTableWidgetItem);
        }
        m_table->item(row, 0)->setText(metric.source);
        m_table->item(row, 1)->setText(metric.name);
        const double rounded = std::abs(metric.value) >= 100 ? std::round(metric.value) : metric.value;
        QTableWidgetItem *value = m_table->item(row, 2);
        value->setText(metric.unit.isEmpty() ? QString::number(rounded, 'g', 4)
                                             : QString(QString::number(rounded, 'g', 4) + QLatin1Char(' ') + metric.unit));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool warn = !std::isnan(metric.warnAbove) && metric.value > metric.warnAbove;
        value->setForeground(warn ? QBrush(QColor(0xff, 0xb7, 0x4d)) : palette().brush(QPalette::Text));
    }
}

} // namespace cl::ui
