#include "optimizationview.h"

#include "optimizationtrialmodel.h"
#include "parameterheatmap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace cl::ui {

OptimizationView::OptimizationView(model::Timeframe timeframe, QWidget *parent)
    : QWidget(parent)
    , m_timeframe(timeframe)
{
    m_model = new OptimizationTrialModel(timeframe, this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_heatmap = new ParameterHeatmap;
    m_x = new QComboBox;
    m_y = new QComboBox;
    for (int c = OptimizationTrialModel::MinZone; c <= OptimizationTrialModel::Expiry; ++c) {
        const QString name = m_model->headerData(c, Qt::Horizontal).toString();
        m_x->addItem(name, c);
        m_y->addItem(name, c);
    }
    m_x->setCurrentIndex(OptimizationTrialModel::Rr - OptimizationTrialModel::MinZone);
    m_y->setCurrentIndex(OptimizationTrialModel::StopBuffer - OptimizationTrialModel::MinZone);
    auto *axes = new QHBoxLayout;
    axes->addWidget(new QLabel(tr("Heatmap of the best score: x")));
    axes->addWidget(m_x);
    axes->addWidget(new QLabel(tr("y")));
    axes->addWidget(m_y);
    axes->addStretch(1);
    auto *heat = new QWidget;
    auto *heatLayout = new QVBoxLayout(heat);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    heatLayout->addLayout(axes);
    heatLayout->addWidget(m_heatmap, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(heat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(m_x, &QComboBox::currentIndexChanged, this, &OptimizationView::rebuildHeatmap);
    connect(m_y, &QComboBox::currentIndexChanged, this, &OptimizationView::rebuildHeatmap);
}

void OptimizationView::setResult(const backtest::OptimizationResult &result)
{
    m_model->setResult(result);
    rebuildHeatmap();
}

void OptimizationView::setAxes(int xColumn, int yColumn)
{
    m_x->setCurrentIndex(xColumn - OptimizationTrialModel::MinZone);
    m_y->setCurrentIndex(yColumn - OptimizationTrialModel::MinZone);
    rebuildHeatmap();
}

void OptimizationView::rebuildHeatmap()
{
    const int xc = m_x->currentData().toInt();
    const int yc = m_y->currentData().toInt();
    std::vector<double> xs;
    std::vector<double> ys;
    std::map<std::pair<double, double>, double> best;
    for (const backtest::Trial &t : m_model->result().trials) {
        const double x = OptimizationTrialModel::parameter(t, xc, m_timeframe);
        const double y = OptimizationTrialModel::parameter(t, yc, m_timeframe);
        xs.push_back(x);
        ys.push_back(y);
        auto [it, inserted] = best.emplace(std::make_pair(x, y), t.score);
        // The best rankable score of the trials sharing these two values.
        if (!inserted && !std::isnan(t.score) && (std::isnan(it->second) || t.score > it->second))
            it->second = t.score;
    }
    auto unique = [](std::vector<double> &v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    unique(xs);
    unique(ys);
    std::vector<ParameterHeatmap::Cell> cells;
    for (const auto &[key, score] : best)
        cells.push_back({key.first, key.second, score});
    m_heatmap->setData(std::move(xs), std::move(ys), std::move(cells), m_x->currentText(), m_y->currentText());
}

} // namespace cl::ui
