#pragma once

#include "candletablemodel.h"
#include "model/timeframe.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace cl::ui {

// Stored candles of a chosen symbol and timeframe in a table: the app's view of its database until the
// candle chart lands. Every database read runs on a pool thread with its own connection; results that
// arrive after the user changed the selection are dropped.
class CandleBrowser : public QWidget
{
    Q_OBJECT

public:
    // Rows shown at most: the newest ones. A table of millions helps nobody and costs memory.
    static constexpr qint64 kMaxRows = 200'000;

    explicit CandleBrowser(QWidget *parent = nullptr);

    void setDatabase(const QString &path);
    // Selects a symbol ("binance:BTC/USDT") and timeframe once the symbol list has them.
    void setPreferredSelection(const QString &exchange, const QString &symbol, const QString &timeframe);
    void reloadSymbols();

    CandleTableModel *candleModel() { return &m_model; }
    QString currentExchange() const;
    QString currentSymbol() const;
    QString currentTimeframe() const;

signals:
    void symbolsLoaded(int count);
    void candlesLoaded(int shown, qint64 total);
    void selectionChanged(const QString &exchange, const QString &symbol, const QString &timeframe);

private:
    struct SymbolItem
    {
        qint64 id;
        QString exchange;
        QString symbol;
        QString label;
    };
    struct CandlePage
    {
        model::CandleSeries candles;
        qint64 total = 0;
        QString error;
    };

    void reloadCandles();
    void showSymbols(const QList<SymbolItem> &items);
    void applyPreferredSelection();

    QComboBox *m_symbolBox;
    QComboBox *m_timeframeBox;
    QLabel *m_status;
    QTableView *m_table;
    CandleTableModel m_model;
    QString m_path;
    QString m_preferredExchange;
    QString m_preferredSymbol;
    quint64 m_generation = 0;
};

} // namespace cl::ui
