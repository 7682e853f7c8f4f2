#pragma once

#include "portfolio/journalexport.h"
#include "portfolio/portfoliosnapshot.h"
#include "portfolio/tradedraft.h"

#include <QDockWidget>

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QMenu;
class QTableView;

namespace cl::model {
class Clock;
}
namespace cl::portfolio {
class PaperTradingEngine;
}
namespace cl::storage {
class SqlConnection;
}

namespace cl::ui {

class AnalyticsView;
class StringTableModel;

// A portfolio's trades and analytics, with the actions on them: new / edit trade, "Log trade" from a signal,
// a paper order ticket (paper portfolios), tags, and the journal export to Markdown or PDF (journalMenu(), for
// the main window's menu bar).
class PortfolioDock : public QDockWidget
{
    Q_OBJECT

public:
    PortfolioDock(storage::SqlConnection &connection, const model::Clock &clock, const QString &dataDir,
                  portfolio::PaperTradingEngine *engine = nullptr, QWidget *parent = nullptr);

    // Reads the portfolios and the selected one's trades again.
    void reload();
    bool selectPortfolio(const QString &name);
    std::optional<portfolio::PortfolioSnapshot> snapshot() const { return m_snapshot; }
    AnalyticsView *analytics() const { return m_analytics; }
    StringTableModel *tradesModel() const { return m_trades; }
    QTableView *tradesView() const { return m_tradesView; }
    QMenu *journalMenu() const { return m_journalMenu; }
    qint64 tradeIdAt(int row) const;

    // Writes the journal of the selected portfolio (md or pdf).
    portfolio::JournalExportResult exportJournal(const QString &format, const QString &path);
    // Stores a trade from the dialog (new when trade.id is 0); returns its id.
    std::optional<qint64> saveTrade(portfolio::Trade trade, QString *error);

public slots:
    // "Log trade" on a signal: the trade dialog, or the order ticket for a paper portfolio, prefilled.
    void logTrade(const cl::portfolio::TradeDraft &draft);
    void newTrade();
    void editSelectedTrade();
    void newPaperOrder();

signals:
    void tradeSelected(qint64 tradeId);
    void openChartRequested(const QString &exchange, const QString &symbol, const QString &timeframe);
    // A trade was added or edited here (the paper engine says so itself with tradeChanged).
    void tradesChanged();

private:
    void showPortfolio();
    void showTrades();
    void exportWithDialog(const QString &format);

    storage::SqlConnection &m_connection;
    const model::Clock &m_clock;
    QString m_dataDir;
    portfolio::PaperTradingEngine *m_engine;
    std::optional<portfolio::PortfolioSnapshot> m_snapshot;
    std::vector<qint64> m_tradeIds;   // row -> trade id of m_trades
    QComboBox *m_portfolios;
    QTableView *m_tradesView;
    StringTableModel *m_trades;
    AnalyticsView *m_analytics;
    QMenu *m_journalMenu;
    QAction *m_paperAction;
};

} // namespace cl::ui
