#include "stringtablemodel.h"

namespace cl::ui {

StringTableModel::StringTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StringTableModel::setTable(const QStringList &header, std::vector<std::vector<Cell>> rows)
{
    beginResetModel();
    m_header = header;
    m_rows = std::move(rows);
    for (auto &row : m_rows)
        row.resize(size_t(m_header.size()));
    endResetModel();
}

void StringTableModel::setTable(const QStringList &header, const std::vector<QStringList> &rows)
{
    std::vector<std::vector<Cell>> cells;
    cells.reserve(rows.size());
    for (const QStringList &row : rows) {
        std::vector<Cell> line;
        for (const QString &text : row)
            line.push_back({text, {}, {}, {}});
        cells.push_back(std::move(line));
    }
    setTable(header, std::move(cells));
}

QString StringTableModel::text(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

int StringTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StringTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant StringTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_rows[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case SortRole:
        return cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text);
    case Qt::ForegroundRole:
        return cell.color.isValid() ? QVariant(cell.color) : QVariant();
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant StringTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_header.size())
        return m_header.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cl::ui
