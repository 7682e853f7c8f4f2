#include "papertradingengine.h"

#include "journalrepository.h"
#include "metricstext.h"
#include "paperorderrepository.h"
#include "traderepository.h"

#include "model/clock.h"
#include "storage/sqlconnection.h"

#include <QRegularExpression>

#include <algorithm>

namespace cl::portfolio {

namespace {

OrderSide entrySide(Direction direction)
{
    return direction == Direction::Long ? OrderSide::Buy : OrderSide::Sell;
}

OrderSide exitSide(Direction direction)
{
    return direction == Direction::Long ? OrderSide::Sell : OrderSide::Buy;
}

QString describeFill(const PaperOrder &order)
{
    return QStringLiteral("- %1 · paper %2 %3 %4 %5 @ %6, fee %7")
        .arg(MetricsText::utc(order.fillTime.value_or(0)), orderTypeToString(order.type).replace(QLatin1Char('_'), QLatin1Char('-')),
             orderSideToString(order.side), QString::number(order.quantity, 'g', 12), order.symbol,
             QString::number(order.fillPrice.value_or(0.0), 'f', 8).remove(QRegularExpression(QStringLiteral("\\.?0+$"))),
             QString::number(order.fee.value_or(0.0), 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$"))));
}

} // namespace

PaperTradingEngine::PaperTradingEngine(storage::SqlConnection &connection, const model::Clock &clock, QObject *parent)
    : QObject(parent), m_connection(connection), m_clock(clock)
{
}

bool PaperTradingEngine::load(QString *error)
{
    QString why;
    auto working = PaperOrderRepository(m_connection).working(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_working = std::move(working);
    return true;
}

PaperSettings PaperTradingEngine::settings(qint64 portfolioId)
{
    auto it = m_settings.find(portfolioId);
    if (it == m_settings.end())
        it = m_settings.insert(portfolioId, PaperOrderRepository(m_connection).settings(portfolioId));
    return *it;
}

bool PaperTradingEngine::setSettings(qint64 portfolioId, const PaperSettings &settings, QString *error)
{
    if (!(settings.feeRate >= 0.0) || !(settings.slippageBps >= 0.0)) {
        *error = QStringLiteral("fee rate and slippage must be zero or more");
        return false;
    }
    if (!PaperOrderRepository(m_connection).saveSettings(portfolioId, settings, error))
        return false;
    m_settings.insert(portfolioId, settings);
    return true;
}

std::optional<double> PaperTradingEngine::fillPrice(const PaperOrder &order, double p, double slippageBps)
{
    const bool buy = order.side == OrderSide::Buy;
    const double slipped = buy ? p * (1.0 + slippageBps / 10'000.0) : p * (1.0 - slippageBps / 10'000.0);
    const double level = order.price.value_or(0.0);
    switch (order.type) {
    case OrderType::Market:
        return slipped;
    case OrderType::Limit:
    case OrderType::TakeProfit:
        if (buy ? p <= level : p >= level)
            return level;
        return std::nullopt;
    case OrderType::Stop:
        if (buy ? p >= level : p <= level)
            return slipped;
        return std::nullopt;
    }
    return std::nullopt;
}

bool PaperTradingEngine::transaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!m_connection.exec("BEGIN IMMEDIATE", error))
        return false;
    if (!work(error)) {
        QString ignored;
        m_connection.exec("ROLLBACK", &ignored);
        return false;
    }
    return m_connection.exec("COMMIT", error);
}

std::optional<qint64> PaperTradingEngine::addOrder(PaperOrder order, QString *error)
{
    order.createdAt = order.updatedAt = m_clock.nowMs();
    order.status = OrderStatus::Working;
    const auto id = PaperOrderRepository(m_connection).insert(order, error);
    if (!id)
        return std::nullopt;
    order.id = *id;
    m_working.push_back(order);
    emit orderPlaced(order);
    return id;
}

std::optional<qint64> PaperTradingEngine::placeEntry(const PaperEntryRequest &r, QString *error)
{
    if (!(r.quantity > 0.0)) {
        *error = QStringLiteral("quantity must be more than 0");
        return std::nullopt;
    }
    if (r.entryType == OrderType::TakeProfit) {
        *error = QStringLiteral("an entry is a market, limit or stop order");
        return std::nullopt;
    }
    if (r.entryType != OrderType::Market && !(r.price.value_or(0.0) > 0.0)) {
        *error = QStringLiteral("a %1 entry needs a price above 0").arg(orderTypeToString(r.entryType));
        return std::nullopt;
    }
    Trade trade;
    trade.portfolioId = r.portfolioId;
    trade.externalId = QStringLiteral("paper-%1-%2").arg(m_clock.nowMs()).arg(m_working.size() + 1);
    trade.exchange = r.exchange;
    trade.symbol = r.symbol;
    trade.direction = r.direction;
    trade.status = TradeStatus::Pending;
    trade.stopLoss = r.stopLoss;
    trade.takeProfit = r.takeProfit;
    trade.riskPct = r.riskPct;
    trade.signalId = r.signalId;
    trade.patternId = r.patternId;
    trade.patternType = r.patternType;
    trade.timeframe = r.timeframe;
    std::optional<qint64> tradeId;
    const bool ok = transaction(
        [&](QString *why) {
            // Two entries in the same millisecond get distinct ids from the counter; a clash still fails cleanly.
            tradeId = TradeRepository(m_connection).insert(trade, why);
            if (!tradeId)
                return false;
            PaperOrder order;
            order.portfolioId = r.portfolioId;
            order.tradeId = *tradeId;
            order.exchange = r.exchange;
            order.symbol = r.symbol;
            order.side = entrySide(r.direction);
            order.type = r.entryType;
            order.intent = OrderIntent::Open;
            order.quantity = r.quantity;
            order.price = r.entryType == OrderType::Market ? std::nullopt : r.price;
            return addOrder(order, why).has_value();
        },
        error);
    if (!ok)
        return std::nullopt;
    emit tradeChanged(*tradeId);
    return tradeId;
}

std::optional<qint64> PaperTradingEngine::placeExit(qint64 tradeId, OrderType type, std::optional<double> price,
                                                    double quantity, QString *error)
{
    const auto trade = TradeRepository(m_connection).find(tradeId, error);
    if (!trade) {
        if (error->isEmpty())
            *error = QStringLiteral("no trade with id %1").arg(tradeId);
        return std::nullopt;
    }
    const double open = trade->entryQuantity() - trade->exitQuantity();
    if (trade->status != TradeStatus::Open || !(open > 0.0)) {
        *error = QStringLiteral("trade %1 has no open position").arg(trade->externalId);
        return std::nullopt;
    }
    if (type != OrderType::Market && !(price.value_or(0.0) > 0.0)) {
        *error = QStringLiteral("a %1 exit needs a price above 0").arg(orderTypeToString(type));
        return std::nullopt;
    }
    const auto entry = std::find_if(m_working.begin(), m_working.end(), [&](const PaperOrder &o) { return o.tradeId == tradeId; });
    PaperOrder order;
    order.portfolioId = trade->portfolioId;
    order.tradeId = tradeId;
    const auto orders = PaperOrderRepository(m_connection).forTrade(tradeId);
    order.exchange = entry != m_working.end() ? entry->exchange
                                              : (orders.empty() ? QStringLiteral("binance") : orders.front().exchange);
    order.symbol = trade->symbol;
    order.side = exitSide(trade->direction);
    order.type = type;
    order.intent = OrderIntent::Close;
    order.quantity = quantity > 0.0 ? std::min(quantity, open) : open;
    order.price = type == OrderType::Market ? std::nullopt : price;
    return addOrder(order, error);
}

std::optional<qint64> PaperTradingEngine::closeAtMarket(qint64 tradeId, QString *error)
{
    if (!cancelExits(tradeId, error))
        return std::nullopt;
    return placeExit(tradeId, OrderType::Market, std::nullopt, 0.0, error);
}

bool PaperTradingEngine::cancelExits(qint64 tradeId, QString *error)
{
    std::vector<qint64> ids;
    for (const PaperOrder &o : m_working) {
        if (o.tradeId == tradeId && o.intent == OrderIntent::Close)
            ids.push_back(o.id);
    }
    for (const qint64 id : ids) {
        if (!cancel(id, error))
            return false;
    }
    return true;
}

bool PaperTradingEngine::cancel(qint64 orderId, QString *error)
{
    const auto it = std::find_if(m_working.begin(), m_working.end(), [&](const PaperOrder &o) { return o.id == orderId; });
    if (it == m_working.end()) {
        *error = QStringLiteral("order %1 is not working").arg(orderId);
        return false;
    }
    PaperOrder order = *it;
    order.status = OrderStatus::Cancelled;
    order.updatedAt = m_clock.nowMs();
    if (!PaperOrderRepository(m_connection).update(order, error))
        return false;
    m_working.erase(it);
    if (order.intent == OrderIntent::Open) {
        TradeRepository trades(m_connection);
        const auto trade = trades.find(order.tradeId);
        if (trade && trade->fills.empty() && !trades.setStatus(order.tradeId, TradeStatus::Cancelled, error))
            return false;
    }
    emit orderCancelled(order);
    emit tradeChanged(order.tradeId);
    return true;
}

void PaperTradingEngine::onTrades(const cl::market::SymbolTrades &batch)
{
    const QString exchange = model::exchangeIdToString(batch.exchange);
    const QString symbol = batch.symbol.toString();
    for (const model::Trade &tick : batch.trades) {
        if (!(tick.price > 0.0))
            continue;   // a broken print must not fill anything
        std::vector<PaperOrder> placed;   // brackets of this tick's fills act from the next trade on
        for (size_t i = 0; i < m_working.size();) {
            PaperOrder &order = m_working[i];
            const bool mine = order.symbol == symbol && order.exchange == exchange && tick.timestamp >= order.createdAt;
            const auto price = mine ? fillPrice(order, tick.price, settings(order.portfolioId).slippageBps) : std::nullopt;
            if (!price) {
                ++i;
                continue;
            }
            PaperOrder filled = order;
            QString error;
            if (!fill(filled, tick.timestamp, *price, placed, &error)) {
                emit failed(QStringLiteral("paper order %1 (%2) could not fill: %3").arg(order.id).arg(symbol, error));
                ++i;
                continue;
            }
            m_working.erase(m_working.begin() + qsizetype(i));
            emit orderFilled(filled);
            // One-cancels-the-other: a position closed by one exit needs none of the others.
            if (filled.intent == OrderIntent::Close) {
                const auto trade = TradeRepository(m_connection).find(filled.tradeId);
                if (trade && trade->status == TradeStatus::Closed && !cancelExits(filled.tradeId, &error))
                    emit failed(error);
                i = 0;   // cancelling may have removed orders before i
            }
            emit tradeChanged(filled.tradeId);
        }
        for (PaperOrder &o : placed) {
            m_working.push_back(o);
            emit orderPlaced(o);
        }
    }
}

bool PaperTradingEngine::fill(PaperOrder &order, qint64 time, double price, std::vector<PaperOrder> &placed, QString *error)
{
    order.status = OrderStatus::Filled;
    order.fillTime = time;
    order.fillPrice = price;
    order.fee = settings(order.portfolioId).feeRate * price * order.quantity;
    order.updatedAt = m_clock.nowMs();
    const size_t placedBefore = placed.size();
    const bool ok = transaction(
        [&](QString *why) {
            TradeRepository trades(m_connection);
            const Fill f{0, order.intent == OrderIntent::Open ? FillKind::Entry : FillKind::Exit, time, price, order.quantity, *order.fee};
            if (!trades.addFill(order.tradeId, f, why) || !PaperOrderRepository(m_connection).update(order, why)
                || !appendJournal(order.tradeId, order, why))
                return false;
            if (order.intent != OrderIntent::Open)
                return true;
            const auto trade = trades.find(order.tradeId, why);
            return trade && placeBracket(*trade, order, placed, why);
        },
        error);
    if (!ok)
        placed.resize(placedBefore);
    return ok;
}

bool PaperTradingEngine::placeBracket(const Trade &trade, const PaperOrder &entry, std::vector<PaperOrder> &placed, QString *error)
{
    auto add = [&](OrderType type, double level) {
        PaperOrder o;
        o.portfolioId = entry.portfolioId;
        o.tradeId = entry.tradeId;
        o.exchange = entry.exchange;
        o.symbol = entry.symbol;
        o.side = exitSide(trade.direction);
        o.type = type;
        o.intent = OrderIntent::Close;
        o.quantity = entry.quantity;
        o.price = level;
        o.createdAt = o.updatedAt = m_clock.nowMs();
        const auto id = PaperOrderRepository(m_connection).insert(o, error);
        if (!id)
            return false;
        o.id = *id;
        placed.push_back(o);
        return true;
    };
    if (trade.stopLoss && *trade.stopLoss > 0.0 && !add(OrderType::Stop, *trade.stopLoss))
        return false;
    if (trade.takeProfit && *trade.takeProfit > 0.0 && !add(OrderType::TakeProfit, *trade.takeProfit))
        return false;
    return true;
}

bool PaperTradingEngine::appendJournal(qint64 tradeId, const PaperOrder &order, QString *error)
{
    JournalRepository journal(m_connection);
    QString why;
    auto entries = journal.forTrade(tradeId, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    const QString line = describeFill(order);
    const qint64 now = m_clock.nowMs();
    for (JournalEntry &e : entries) {
        if (e.phase == JournalPhase::During) {
            e.content = e.content.isEmpty() ? line : QString(e.content + QLatin1Char('\n') + line);
            e.updatedAt = now;
            return journal.update(e, error);
        }
    }
    JournalEntry e;
    e.tradeId = tradeId;
    e.phase = JournalPhase::During;
    e.content = line;
    e.createdAt = e.updatedAt = now;
    return journal.add(e, error).has_value();
}

} // namespace cl::portfolio
