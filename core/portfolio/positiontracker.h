#pragma once

#include "trade.h"

#include "market/marketevents.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace cl::model {
class Clock;
}
namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

class PaperTradingEngine;

// One open trade as the positions view shows it.
struct Position
{
    qint64 tradeId = 0;
    qint64 portfolioId = 0;
    QString portfolioName;
    bool paper = false;
    QString externalId;
    QString exchange;                 // empty when the trade does not name one
    QString symbol;
    Direction direction = Direction::Long;
    double openQuantity = 0.0;
    double entryPrice = 0.0;          // quantity-weighted over the entry fills
    std::optional<double> stopLoss;
    std::optional<double> takeProfit;
    std::optional<double> mark;       // the latest trade price of the symbol, none before the first trade
    double unrealized = 0.0;          // the open lots against the mark, before exit fees
    double realizedPartial = 0.0;     // what partial exits realized so far
    qint64 entryTime = 0;
};

// The open trades of every portfolio with their unrealized P&L at the latest trade price of the live feed
// (onTrades). Prices are kept per symbol, whatever the exchange: the journal's trades do not all name one.
// Close at market goes through the paper engine for paper portfolios and, for a real account's journal,
// records an exit fill at the latest price.
class PositionTracker : public QObject
{
    Q_OBJECT

public:
    PositionTracker(storage::SqlConnection &connection, const model::Clock &clock, QObject *parent = nullptr);

    void setPaperEngine(PaperTradingEngine *engine);
    // Reads the open trades again (after a new trade, a fill, an import).
    bool reload(QString *error = nullptr);

    const std::vector<Position> &positions() const { return m_positions; }
    std::optional<double> lastPrice(const QString &symbol) const;
    void setLastPrice(const QString &symbol, double price);
    double totalUnrealized() const;

    // Paper: a market order filled by the next trade. Journal: an exit fill of the open quantity at the last
    // price, now. False with *error without a price or an open position.
    bool closeAtMarket(qint64 tradeId, QString *error);

public slots:
    void onTrades(const cl::market::SymbolTrades &batch);

signals:
    void positionsChanged();            // rows added or removed
    void marksChanged();                // prices and unrealized P&L moved

private:
    void mark(Position &position) const;
    void remark(const QString &symbol);

    storage::SqlConnection &m_connection;
    const model::Clock &m_clock;
    PaperTradingEngine *m_engine = nullptr;
    std::vector<Position> m_positions;
    QHash<qint64, Trade> m_trades;     // by trade id, for the FIFO unrealized maths
    QHash<QString, double> m_prices;
};

} // namespace cl::portfolio
