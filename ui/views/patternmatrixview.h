#pragma once

#include "patternmatrixmodel.h"

#include <QWidget>

class QTableView;
class QLabel;

namespace cl::ui {

// The pattern matrix table. Loads the matrix from the database on a pool thread (its own read connection)
// and then follows the analysis live through the model's onPatternsChanged. A click on a cell asks for
// the chart of that symbol and timeframe with the pattern highlighted.
class PatternMatrixView : public QWidget
{
    Q_OBJECT

public:
    PatternMatrixView(const model::Clock &clock, QWidget *parent = nullptr);

    PatternMatrixModel *matrixModel() { return &m_model; }
    QTableView *table() const { return m_table; }
    void setDatabase(const QString &path);
    void reload();

signals:
    void openChart(const QString &exchange, const QString &symbol, const QString &timeframe, const cl::model::PatternKey &pattern);
    void loaded(int rows);

private:
    void onClicked(const QModelIndex &index);

    PatternMatrixModel m_model;
    QTableView *m_table;
    QLabel *m_status;
    QString m_path;
    quint64 m_generation = 0;
};

} // namespace cl::ui
