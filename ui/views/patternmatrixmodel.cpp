#include "patternmatrixmodel.h"

#include "analysis/analysissettings.h"
#include "priceformat.h"

#include <QDateTime>

#include <algorithm>

namespace cl::ui {

PatternMatrixModel::PatternMatrixModel(const model::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_timeframes(analysis::AnalysisSettings{}.matrixTimeframes),
      m_expiryMs([](model::Timeframe tf) { return analysis::AnalysisSettings{}.expiryMs(tf); }), m_theme(Theme::dark())
{
}

void PatternMatrixModel::setTimeframes(const std::vector<model::Timeframe> &timeframes)
{
    beginResetModel();
    // Cells follow their timeframe; a timeframe new to the matrix starts empty until the next load.
    for (auto &row : m_rows) {
        std::vector<std::optional<model::Pattern>> cells(timeframes.size());
        for (size_t c = 0; c < timeframes.size(); ++c) {
            const int old = columnOf(timeframes[c]);
            if (old >= 0 && size_t(old) < row.cells.size())
                cells[c] = row.cells[size_t(old)];
        }
        row.cells = std::move(cells);
    }
    m_timeframes = timeframes;
    for (auto &row : m_rows)
        recount(row);
    endResetModel();
}

void PatternMatrixModel::setExpiry(std::function<qint64(model::Timeframe)> expiryMs)
{
    m_expiryMs = std::move(expiryMs);
    refreshAges();
}

void PatternMatrixModel::setTheme(const Theme &theme)
{
    m_theme = theme;
    refreshAges();
}

void PatternMatrixModel::setRows(std::vector<analysis::PatternMatrix::Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (auto &row : m_rows) {
        row.cells.resize(m_timeframes.size());
        recount(row);
    }
    endResetModel();
}

void PatternMatrixModel::ensureSymbol(model::ExchangeId exchange, const model::Symbol &symbol)
{
    if (rowOf(exchange, symbol) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    analysis::PatternMatrix::Row entry;
    entry.exchange = exchange;
    entry.symbol = symbol;
    entry.cells.resize(m_timeframes.size());
    m_rows.push_back(std::move(entry));
    endInsertRows();
}

void PatternMatrixModel::removeSymbol(model::ExchangeId exchange, const model::Symbol &symbol)
{
    const int row = rowOf(exchange, symbol);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

int PatternMatrixModel::rowOf(model::ExchangeId exchange, const model::Symbol &symbol) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].exchange == exchange && m_rows[i].symbol == symbol)
            return int(i);
    }
    return -1;
}

int PatternMatrixModel::columnOf(model::Timeframe timeframe) const
{
    const auto it = std::find(m_timeframes.begin(), m_timeframes.end(), timeframe);
    return it == m_timeframes.end() ? -1 : int(it - m_timeframes.begin());
}

void PatternMatrixModel::recount(analysis::PatternMatrix::Row &row)
{
    row.bullish = 0;
    row.bearish = 0;
    for (const auto &cell : row.cells) {
        if (cell)
            ++(cell->direction == model::Direction::Bullish ? row.bullish : row.bearish);
    }
}

void PatternMatrixModel::onPatternsChanged(model::ExchangeId exchange, const model::Symbol &symbol,
                                           const model::PatternList &patterns)
{
    ensureSymbol(exchange, symbol);
    const int row = rowOf(exchange, symbol);
    auto &entry = m_rows[size_t(row)];
    for (const model::Pattern &pattern : patterns) {
        const int column = columnOf(pattern.timeframe);
        if (column < 0)
            continue;
        auto &cell = entry.cells[size_t(column)];
        const bool samePattern = cell && cell->type == pattern.type && cell->detectedAt == pattern.detectedAt;
        if (pattern.isActive()) {
            // The newest active pattern wins; of two on one candle the later detector (higher type).
            if (!cell || samePattern || pattern.detectedAt > cell->detectedAt
                || (pattern.detectedAt == cell->detectedAt && pattern.type > cell->type))
                cell = pattern;
        } else if (samePattern) {
            // The shown pattern ended. An older active one may exist; the next full load shows it.
            cell.reset();
        } else {
            continue;
        }
        emit dataChanged(index(row, column), index(row, column));
    }
    recount(entry);
    emit headerDataChanged(Qt::Vertical, row, row);
}

void PatternMatrixModel::refreshAges()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ToolTipRole, IntensityRole});
}

const model::Pattern *PatternMatrixModel::patternAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || size_t(index.column()) >= m_rows[size_t(index.row())].cells.size())
        return nullptr;
    const auto &cell = m_rows[size_t(index.row())].cells[size_t(index.column())];
    return cell ? &*cell : nullptr;
}

double PatternMatrixModel::intensity(const model::Pattern &pattern, qint64 nowMs, qint64 expiryMs)
{
    const double age = expiryMs > 0 ? std::clamp(double(nowMs - pattern.detectedAt) / double(expiryMs), 0.0, 1.0) : 0.0;
    const double fill = std::clamp(pattern.fillPct / 100.0, 0.0, 1.0);
    // Never fully transparent: an old, half-filled zone is still a zone.
    return std::clamp((1.0 - 0.6 * age) * (1.0 - 0.6 * fill), 0.15, 1.0);
}

int PatternMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatternMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeframes.size());
}

QString PatternMatrixModel::toolTip(const model::Pattern &pattern) const
{
    const qint64 ageMinutes = std::max<qint64>(0, (m_clock.nowMs() - pattern.detectedAt) / 60'000);
    const QString age = ageMinutes >= 120 ? tr("%1 h").arg(ageMinutes / 60) : tr("%1 min").arg(ageMinutes);
    const QString direction = pattern.direction == model::Direction::Bullish ? tr("Bullish") : tr("Bearish");
    const QString type = pattern.type == model::PatternType::Fvg ? tr("Fair value gap")
        : pattern.type == model::PatternType::OrderBlock         ? tr("Order block")
                                                                  : tr("Liquidity sweep");
    return tr("%1 %2 (%3)\nZone: %4 – %5\nDetected: %6 UTC (%7 ago)\nFilled: %8%")
        .arg(direction, type, pattern.timeframe.toString(), formatPrice(pattern.zoneLow),
             formatPrice(pattern.zoneHigh),
             QDateTime::fromMSecsSinceEpoch(pattern.detectedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")), age)
        .arg(pattern.fillPct, 0, 'f', 0);
}

QVariant PatternMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &row = m_rows[size_t(index.row())];
    switch (role) {
    case ExchangeRole:
        return model::exchangeIdToString(row.exchange);
    case SymbolRole:
        return row.symbol.toString();
    case TimeframeRole:
        return m_timeframes[size_t(index.column())].toString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        break;
    }
    const model::Pattern *pattern = patternAt(index);
    if (!pattern)
        return role == Qt::BackgroundRole ? QVariant(m_theme.palette.color(QPalette::Base)) : QVariant();
    const bool bullish = pattern->direction == model::Direction::Bullish;
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLatin1String(model::patternTypeLabel(pattern->type)) + (bullish ? QStringLiteral(" ▲") : QStringLiteral(" ▼")));
    case Qt::ToolTipRole:
        return toolTip(*pattern);
    case Qt::BackgroundRole: {
        const double k = intensity(*pattern, m_clock.nowMs(), m_expiryMs(pattern->timeframe));
        QColor colour = bullish ? m_theme.bullish : m_theme.bearish;
        colour.setAlphaF(float(0.25 + 0.75 * k));
        return colour;
    }
    case Qt::ForegroundRole:
        return QColor(Qt::white);
    case PatternIdRole:
        return pattern->id;
    case DirectionRole:
        return int(pattern->direction);
    case IntensityRole:
        return intensity(*pattern, m_clock.nowMs(), m_expiryMs(pattern->timeframe));
    default:
        return {};
    }
}

QVariant PatternMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < columnCount() ? QVariant(m_timeframes[size_t(section)].toString()) : QVariant();
    if (section < 0 || section >= rowCount())
        return {};
    const auto &row = m_rows[size_t(section)];
    if (role == Qt::ToolTipRole)
        return tr("%1 on %2: %3 bullish, %4 bearish").arg(row.symbol.toString(), model::exchangeDisplayName(row.exchange))
            .arg(row.bullish).arg(row.bearish);
    return QString(row.symbol.toString() + QStringLiteral("  ") + model::exchangeDisplayName(row.exchange));
}

} // namespace cl::ui
