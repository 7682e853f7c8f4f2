#pragma once

#include "paperorder.h"
#include "trade.h"

#include "market/marketevents.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cl::model {
class Clock;
}
namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// What opens a paper trade: the entry order and the bracket (stop, take-profit) placed once it fills.
struct PaperEntryRequest
{
    qint64 portfolioId = 0;
    QString exchange = QStringLiteral("binance");
    QString symbol;                       // BASE/QUOTE
    Direction direction = Direction::Long;
    OrderType entryType = OrderType::Market;   // market, limit or stop (a breakout entry)
    double quantity = 0.0;
    std::optional<double> price;          // limit price or stop trigger
    std::optional<double> stopLoss;       // a stop order for the whole position once the entry fills
    std::optional<double> takeProfit;     // a take-profit order, one-cancels-the-other with the stop
    std::optional<double> riskPct;
    std::optional<qint64> signalId;
    std::optional<qint64> patternId;
    QString patternType;
    QString timeframe;
};

// Fills the orders of paper portfolios against the live feed's trades (onTrades), in the feed's order:
//  - market: the first trade at or after the order, at its price moved by the slippage against the trader;
//  - limit: once a trade prints at or through the limit, at the limit (a resting order gets no better price);
//  - stop: once a trade touches the trigger, at that trade's price moved by the slippage (a gap fills worse);
//  - take-profit: once a trade reaches the target, at the target.
// Every fill pays feeRate * notional, becomes a fill of the order's trade (trades/fills tables, so P&L, metrics
// and exports see paper trades exactly like real ones) and a line of the trade's "during" journal entry. The
// stop and take-profit of a position cancel each other. Orders are stored (paper_orders) and reloaded by load().
// Lives on the GUI thread with the database connection it is given.
class PaperTradingEngine : public QObject
{
    Q_OBJECT

public:
    PaperTradingEngine(storage::SqlConnection &connection, const model::Clock &clock, QObject *parent = nullptr);

    // Reads the working orders back (after a restart).
    bool load(QString *error);

    // Creates the trade (pending until the entry fills) and its entry order. Returns the trade id.
    std::optional<qint64> placeEntry(const PaperEntryRequest &request, QString *error);
    // A close order (limit, stop or take-profit) for quantity of an open paper trade (0: all that is open).
    std::optional<qint64> placeExit(qint64 tradeId, OrderType type, std::optional<double> price, double quantity,
                                    QString *error);
    // Cancels the trade's working exit orders and sends a market order for the open quantity. Returns its id.
    std::optional<qint64> closeAtMarket(qint64 tradeId, QString *error);
    // Cancels a working order; cancelling the entry of a trade that has no fill cancels the trade.
    bool cancel(qint64 orderId, QString *error);

    const std::vector<PaperOrder> &workingOrders() const { return m_working; }
    PaperSettings settings(qint64 portfolioId);
    bool setSettings(qint64 portfolioId, const PaperSettings &settings, QString *error);

    // The fill price of an order triggered by a trade at tradePrice (nullopt: not triggered).
    static std::optional<double> fillPrice(const PaperOrder &order, double tradePrice, double slippageBps);

public slots:
    void onTrades(const cl::market::SymbolTrades &batch);

signals:
    void orderPlaced(const cl::portfolio::PaperOrder &order);
    void orderFilled(const cl::portfolio::PaperOrder &order);
    void orderCancelled(const cl::portfolio::PaperOrder &order);
    void tradeChanged(qint64 tradeId);
    void failed(const QString &reason);

private:
    std::optional<qint64> addOrder(PaperOrder order, QString *error);
    bool fill(PaperOrder &order, qint64 time, double price, std::vector<PaperOrder> &placed, QString *error);
    bool placeBracket(const Trade &trade, const PaperOrder &entry, std::vector<PaperOrder> &placed, QString *error);
    bool cancelExits(qint64 tradeId, QString *error);
    bool appendJournal(qint64 tradeId, const PaperOrder &order, QString *error);
    bool transaction(const std::function<bool(QString *)> &work, QString *error);

    storage::SqlConnection &m_connection;
    const model::Clock &m_clock;
    std::vector<PaperOrder> m_working;
    QHash<qint64, PaperSettings> m_settings;
};

} // namespace cl::portfolio
