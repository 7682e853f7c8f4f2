#include "paperorderrepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace cl::portfolio {

using storage::SqliteStatement;

std::optional<qint64> PaperOrderRepository::insert(const PaperOrder &order, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "INSERT INTO paper_orders (portfolio_id, trade_id, exchange, symbol, side, type, intent, quantity, price, "
                   "status, created_at, updated_at, fill_time, fill_price, fee) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                   error))
        return std::nullopt;
    s.bindInt64(1, order.portfolioId);
    s.bindInt64(2, order.tradeId);
    s.bindText(3, order.exchange);
    s.bindText(4, order.symbol);
    s.bindText(5, orderSideToString(order.side));
    s.bindText(6, orderTypeToString(order.type));
    s.bindText(7, orderIntentToString(order.intent));
    s.bindDouble(8, order.quantity);
    s.bindOptional(9, order.price);
    s.bindText(10, orderStatusToString(order.status));
    s.bindInt64(11, order.createdAt);
    s.bindInt64(12, order.updatedAt);
    s.bindOptional(13, order.fillTime);
    s.bindOptional(14, order.fillPrice);
    s.bindOptional(15, order.fee);
    if (!s.step(error))
        return std::nullopt;
    return sqlite3_last_insert_rowid(m_connection.handle());
}

bool PaperOrderRepository::update(const PaperOrder &order, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "UPDATE paper_orders SET status = ?2, updated_at = ?3, fill_time = ?4, fill_price = ?5, fee = ?6 "
                   "WHERE id = ?1",
                   error))
        return false;
    s.bindInt64(1, order.id);
    s.bindText(2, orderStatusToString(order.status));
    s.bindInt64(3, order.updatedAt);
    s.bindOptional(4, order.fillTime);
    s.bindOptional(5, order.fillPrice);
    s.bindOptional(6, order.fee);
    return s.step(error);
}

std::vector<PaperOrder> PaperOrderRepository::working(QString *error)
{
    return query("status = 'working' AND ?1 = ?1", 0, error);
}

std::vector<PaperOrder> PaperOrderRepository::forTrade(qint64 tradeId, QString *error)
{
    return query("trade_id = ?1", tradeId, error);
}

std::vector<PaperOrder> PaperOrderRepository::forPortfolio(qint64 portfolioId, QString *error)
{
    return query("portfolio_id = ?1", portfolioId, error);
}

std::optional<PaperOrder> PaperOrderRepository::find(qint64 orderId, QString *error)
{
    auto orders = query("id = ?1", orderId, error);
    if (orders.empty())
        return std::nullopt;
    return orders.front();
}

std::vector<PaperOrder> PaperOrderRepository::query(const char *where, qint64 key, QString *error)
{
    std::vector<PaperOrder> orders;
    SqliteStatement q;
    const QByteArray sql = QByteArray("SELECT id, portfolio_id, trade_id, exchange, symbol, side, type, intent, quantity, "
                                      "price, status, created_at, updated_at, fill_time, fill_price, fee "
                                      "FROM paper_orders WHERE ")
        + where + " ORDER BY id";
    if (!q.prepare(m_connection.handle(), sql.constData(), error))
        return orders;
    q.bindInt64(1, key);
    while (q.step(error) && q.hasRow()) {
        PaperOrder o;
        o.id = q.columnInt64(0);
        o.portfolioId = q.columnInt64(1);
        o.tradeId = q.columnInt64(2);
        o.exchange = q.columnText(3);
        o.symbol = q.columnText(4);
        o.side = parseOrderSide(q.columnText(5)).value_or(OrderSide::Buy);
        o.type = parseOrderType(q.columnText(6)).value_or(OrderType::Market);
        o.intent = parseOrderIntent(q.columnText(7)).value_or(OrderIntent::Open);
        o.quantity = q.columnDouble(8);
        o.price = q.columnOptionalDouble(9);
        o.status = parseOrderStatus(q.columnText(10)).value_or(OrderStatus::Working);
        o.createdAt = q.columnInt64(11);
        o.updatedAt = q.columnInt64(12);
        if (!q.columnIsNull(13))
            o.fillTime = q.columnInt64(13);
        o.fillPrice = q.columnOptionalDouble(14);
        o.fee = q.columnOptionalDouble(15);
        orders.push_back(std::move(o));
    }
    return orders;
}

PaperSettings PaperOrderRepository::settings(qint64 portfolioId, QString *error)
{
    PaperSettings settings;
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT fee_rate, slippage_bps FROM paper_accounts WHERE portfolio_id = ?1", error))
        return settings;
    q.bindInt64(1, portfolioId);
    if (q.step(error) && q.hasRow()) {
        settings.feeRate = q.columnDouble(0);
        settings.slippageBps = q.columnDouble(1);
    }
    return settings;
}

bool PaperOrderRepository::saveSettings(qint64 portfolioId, const PaperSettings &settings, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "INSERT INTO paper_accounts (portfolio_id, fee_rate, slippage_bps) VALUES (?1, ?2, ?3) "
                   "ON CONFLICT (portfolio_id) DO UPDATE SET fee_rate = excluded.fee_rate, slippage_bps = excluded.slippage_bps",
                   error))
        return false;
    s.bindInt64(1, portfolioId);
    s.bindDouble(2, settings.feeRate);
    s.bindDouble(3, settings.slippageBps);
    return s.step(error);
}

} // namespace cl::portfolio
