#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <vector>

namespace cl::ui {

// A read-only table of text cells (metrics, breakdowns, the monthly grid) with an optional sort value and
// colour per cell. Numbers are formatted by the producer (MetricsText) so the table, the CSV and the exports
// say the same thing.
class StringTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Cell
    {
        QString text;
        QVariant sortValue;   // the number behind the text, for sorting; empty: the text
        QColor color;         // invalid: the default
        QString toolTip;
    };

    explicit StringTableModel(QObject *parent = nullptr);

    void setTable(const QStringList &header, std::vector<std::vector<Cell>> rows);
    void setTable(const QStringList &header, const std::vector<QStringList> &rows);
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int SortRole = Qt::UserRole + 1;

private:
    QStringList m_header;
    std::vector<std::vector<Cell>> m_rows;
};

} // namespace cl::ui
