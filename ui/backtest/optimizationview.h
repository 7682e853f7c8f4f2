#pragma once

#include "backtest/optimizer.h"

#include <QWidget>

class QComboBox;
class QTableView;

namespace cl::ui {

class OptimizationTrialModel;
class ParameterHeatmap;

// The trials of an optimization as a table and, for two chosen parameters, a heatmap of the best score.
class OptimizationView : public QWidget
{
    Q_OBJECT

public:
    explicit OptimizationView(model::Timeframe timeframe, QWidget *parent = nullptr);

    void setResult(const backtest::OptimizationResult &result);
    // Parameter columns of OptimizationTrialModel (MinZone .. Expiry).
    void setAxes(int xColumn, int yColumn);

    OptimizationTrialModel *model() const { return m_model; }
    ParameterHeatmap *heatmap() const { return m_heatmap; }

private:
    void rebuildHeatmap();

    model::Timeframe m_timeframe;
    OptimizationTrialModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    ParameterHeatmap *m_heatmap = nullptr;
};

} // namespace cl::ui
