#include "positiontracker.h"

#include "papertradingengine.h"
#include "portfoliorepository.h"
#include "traderepository.h"
#include "tradepnl.h"

#include "model/clock.h"

#include <algorithm>

namespace cl::portfolio {

PositionTracker::PositionTracker(storage::SqlConnection &connection, const model::Clock &clock, QObject *parent)
    : QObject(parent), m_connection(connection), m_clock(clock)
{
}

void PositionTracker::setPaperEngine(PaperTradingEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine)
        connect(m_engine, &PaperTradingEngine::tradeChanged, this, [this] { reload(); });
}

bool PositionTracker::reload(QString *error)
{
    QString why;
    const auto portfolios = PortfolioRepository(m_connection).all(&why);
    std::vector<Position> positions;
    QHash<qint64, Trade> trades;
    TradeRepository repository(m_connection);
    for (const Portfolio &p : portfolios) {
        for (Trade &t : repository.load(p.id, &why)) {
            if (t.status != TradeStatus::Open)
                continue;
            const TradeResult r = TradePnl::evaluate(t);
            if (!(r.openQuantity > 0.0))
                continue;
            Position pos;
            pos.tradeId = t.id;
            pos.portfolioId = p.id;
            pos.portfolioName = p.name;
            pos.paper = p.isPaper;
            pos.externalId = t.externalId;
            pos.exchange = t.exchange;
            pos.symbol = t.symbol;
            pos.direction = t.direction;
            pos.openQuantity = r.openQuantity;
            pos.entryPrice = r.entryPrice;
            pos.stopLoss = t.stopLoss;
            pos.takeProfit = t.takeProfit;
            pos.realizedPartial = r.realizedPartial;
            pos.entryTime = r.entryTime;
            trades.insert(t.id, std::move(t));
            positions.push_back(pos);
        }
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_trades = std::move(trades);
    m_positions = std::move(positions);
    for (Position &p : m_positions)
        mark(p);
    emit positionsChanged();
    return true;
}

std::optional<double> PositionTracker::lastPrice(const QString &symbol) const
{
    const auto it = m_prices.constFind(symbol);
    return it == m_prices.constEnd() ? std::nullopt : std::optional<double>(*it);
}

void PositionTracker::setLastPrice(const QString &symbol, double price)
{
    if (!(price > 0.0))
        return;
    m_prices.insert(symbol, price);
    remark(symbol);
}

double PositionTracker::totalUnrealized() const
{
    double sum = 0.0;
    for (const Position &p : m_positions)
        sum += p.unrealized;
    return sum;
}

void PositionTracker::mark(Position &position) const
{
    position.mark = lastPrice(position.symbol);
    const auto trade = m_trades.constFind(position.tradeId);
    position.unrealized = position.mark && trade != m_trades.constEnd() ? TradePnl::unrealized(*trade, *position.mark) : 0.0;
}

void PositionTracker::remark(const QString &symbol)
{
    bool changed = false;
    for (Position &p : m_positions) {
        if (p.symbol == symbol) {
            mark(p);
            changed = true;
        }
    }
    if (changed)
        emit marksChanged();
}

void PositionTracker::onTrades(const cl::market::SymbolTrades &batch)
{
    // Only the last valid print of the batch matters for a mark.
    for (auto it = batch.trades.rbegin(); it != batch.trades.rend(); ++it) {
        if (it->price > 0.0) {
            setLastPrice(batch.symbol.toString(), it->price);
            return;
        }
    }
}

bool PositionTracker::closeAtMarket(qint64 tradeId, QString *error)
{
    const auto it = std::find_if(m_positions.begin(), m_positions.end(), [&](const Position &p) { return p.tradeId == tradeId; });
    if (it == m_positions.end()) {
        *error = QStringLiteral("trade %1 has no open position").arg(tradeId);
        return false;
    }
    if (it->paper) {
        if (!m_engine) {
            *error = QStringLiteral("paper trading is not running");
            return false;
        }
        return m_engine->closeAtMarket(tradeId, error).has_value();
    }
    if (!it->mark) {
        *error = QStringLiteral("no price for %1 yet").arg(it->symbol);
        return false;
    }
    const Fill exit{0, FillKind::Exit, m_clock.nowMs(), *it->mark, it->openQuantity, 0.0};
    if (!TradeRepository(m_connection).addFill(tradeId, exit, error))
        return false;
    return reload(error);
}

} // namespace cl::portfolio
