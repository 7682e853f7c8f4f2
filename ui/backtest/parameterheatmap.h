#pragma once

#include <QWidget>

#include <vector>

namespace cl::ui {

// A grid of colored cells: one axis per optimized parameter, the color the best score of the trials with
// those two values (green high, red low, grey where every such trial was guarded or missing).
class ParameterHeatmap : public QWidget
{
    Q_OBJECT

public:
    struct Cell
    {
        double x = 0.0;
        double y = 0.0;
        double score = 0.0; // NaN: no rankable trial
    };

    explicit ParameterHeatmap(QWidget *parent = nullptr);

    // xs and ys: the distinct values, ascending; cells: one per (x, y) that has trials.
    void setData(std::vector<double> xs, std::vector<double> ys, std::vector<Cell> cells, const QString &xName,
        const QString &yName);
    const std::vector<double> &xs() const { return m_xs; }
    const std::vector<double> &ys() const { return m_ys; }
    // NaN when the cell is empty.
    double scoreAt(size_t xIndex, size_t yIndex) const;

    QSize sizeHint() const override { return {360, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_xs;
    std::vector<double> m_ys;
    std::vector<double> m_grid; // y-major, NaN for empty
    QString m_xName;
    QString m_yName;
};

} // namespace cl::ui
