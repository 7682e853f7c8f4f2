#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace cl::portfolio {

enum class OrderSide : quint8 { Buy, Sell };
// market: the next trade; limit: at the limit price once a trade prints at or through it; stop: a market order
// once a trade touches the trigger (adverse side); take_profit: at the target once a trade reaches it.
enum class OrderType : quint8 { Market, Limit, Stop, TakeProfit };
enum class OrderIntent : quint8 { Open, Close };
enum class OrderStatus : quint8 { Working, Filled, Cancelled };

QString orderSideToString(OrderSide side);
std::optional<OrderSide> parseOrderSide(QStringView text);
QString orderTypeToString(OrderType type);
std::optional<OrderType> parseOrderType(QStringView text);
QString orderIntentToString(OrderIntent intent);
std::optional<OrderIntent> parseOrderIntent(QStringView text);
QString orderStatusToString(OrderStatus status);
std::optional<OrderStatus> parseOrderStatus(QStringView text);

// One order of a paper portfolio. Every order belongs to a trade: an open order makes its entry fill, a close
// order (stop, take-profit, close at market) its exit fill.
struct PaperOrder
{
    qint64 id = 0;
    qint64 portfolioId = 0;
    qint64 tradeId = 0;
    QString exchange;           // exchangeIdToString() of the feed
    QString symbol;             // BASE/QUOTE
    OrderSide side = OrderSide::Buy;
    OrderType type = OrderType::Market;
    OrderIntent intent = OrderIntent::Open;
    double quantity = 0.0;
    std::optional<double> price;   // limit price or trigger
    OrderStatus status = OrderStatus::Working;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> fillTime;
    std::optional<double> fillPrice;
    std::optional<double> fee;

    friend bool operator==(const PaperOrder &, const PaperOrder &) = default;
};

// The costs a paper account simulates.
struct PaperSettings
{
    double feeRate = 0.001;      // fraction of the fill's notional (0.1 %, a common taker fee)
    double slippageBps = 0.0;    // basis points against the trader on market and stop fills
};

} // namespace cl::portfolio
