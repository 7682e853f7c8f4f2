#pragma once

#include "analysis/patternmatrix.h"
#include "model/clock.h"
#include "model/pattern.h"
#include "theme/theme.h"

#include <QAbstractTableModel>

#include <vector>

namespace cl::ui {

// The pattern matrix of spec/patterns.md as a table: one row per watched symbol, one column per matrix
// timeframe, each cell the newest active pattern. Colour says the direction; the colour fades as the
// pattern ages towards its expiry and as it fills, so fresh untouched zones stand out.
class PatternMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        PatternIdRole = Qt::UserRole + 1,
        DirectionRole, // int(model::Direction), or an invalid QVariant for an empty cell
        IntensityRole, // 0..1
        ExchangeRole,  // exchange id text ("binance")
        SymbolRole,    // "BTC/USDT"
        TimeframeRole, // "1h"
    };

    PatternMatrixModel(const model::Clock &clock, QObject *parent = nullptr);

    void setTimeframes(const std::vector<model::Timeframe> &timeframes);
    // Expiry per timeframe for the fading (AnalysisSettings::expiryMs).
    void setExpiry(std::function<qint64(model::Timeframe)> expiryMs);
    void setTheme(const Theme &theme);
    void setRows(std::vector<analysis::PatternMatrix::Row> rows);
    // Adds an empty row for a symbol that is watched but has no patterns yet (no-op when present).
    void ensureSymbol(model::ExchangeId exchange, const model::Symbol &symbol);
    void removeSymbol(model::ExchangeId exchange, const model::Symbol &symbol);

    const std::vector<model::Timeframe> &timeframes() const { return m_timeframes; }
    const model::Pattern *patternAt(const QModelIndex &index) const;
    static double intensity(const model::Pattern &pattern, qint64 nowMs, qint64 expiryMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    // AnalysisWorker::patternsChanged: new or changed patterns of one symbol.
    void onPatternsChanged(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol,
                           const cl::model::PatternList &patterns);
    // Ages move on: repaint the colours (the lead calls this from a slow timer).
    void refreshAges();

private:
    int rowOf(model::ExchangeId exchange, const model::Symbol &symbol) const;
    int columnOf(model::Timeframe timeframe) const;
    void recount(analysis::PatternMatrix::Row &row);
    QString toolTip(const model::Pattern &pattern) const;

    const model::Clock &m_clock;
    std::vector<model::Timeframe> m_timeframes;
    std::vector<analysis::PatternMatrix::Row> m_rows;
    std::function<qint64(model::Timeframe)> m_expiryMs;
    Theme m_theme;
};

} // namespace cl::ui
