#include "traderepository.h"

#include "journalrepository.h"
#include "tradepnl.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"
#include "storage/symbolrepository.h"

#include <QHash>

#include <sqlite3.h>

namespace cl::portfolio {

using storage::SqliteStatement;

namespace {

void bindTextOrNull(SqliteStatement &s, int index, const QString &value)
{
    if (value.isEmpty())
        s.bindNull(index);
    else
        s.bindText(index, value);
}

// trades.exchange_id of the trade's exchange: null when the trade does not name one. The caller has checked
// the code with checkExchange.
std::optional<qint64> exchangeRowId(const QString &code)
{
    const auto exchange = model::parseExchangeId(code);
    if (!exchange)
        return std::nullopt;
    return storage::SymbolRepository::exchangeRowId(*exchange);
}

bool checkExchange(const Trade &trade, QString *error)
{
    if (trade.exchange.isEmpty() || model::parseExchangeId(trade.exchange))
        return true;
    if (error)
        *error = QStringLiteral("unknown exchange \"%1\" for trade %2").arg(trade.exchange, trade.externalId);
    return false;
}

} // namespace

std::optional<qint64> TradeRepository::insert(const Trade &trade, QString *error)
{
    if (!checkExchange(trade, error))
        return std::nullopt;
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(),
                        "INSERT INTO trades (portfolio_id, external_id, symbol, direction, status, quantity, fees, "
                        "stop_loss, take_profit, risk_pct, signal_id, pattern_id, pattern_type, timeframe, exchange_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                        error))
        return std::nullopt;
    insert.bindInt64(1, trade.portfolioId);
    insert.bindText(2, trade.externalId);
    insert.bindText(3, trade.symbol);
    insert.bindText(4, directionToString(trade.direction));
    insert.bindText(5, statusToString(trade.status));
    insert.bindDouble(6, trade.fees);
    insert.bindOptional(7, trade.stopLoss);
    insert.bindOptional(8, trade.takeProfit);
    insert.bindOptional(9, trade.riskPct);
    insert.bindOptional(10, trade.signalId);
    insert.bindOptional(11, trade.patternId);
    bindTextOrNull(insert, 12, trade.patternType);
    bindTextOrNull(insert, 13, trade.timeframe);
    insert.bindOptional(14, exchangeRowId(trade.exchange));
    if (!insert.step(error))
        return std::nullopt;
    const qint64 id = sqlite3_last_insert_rowid(m_connection.handle());
    for (const Fill &f : trade.fills) {
        if (!insertFill(id, f, error))
            return std::nullopt;
    }
    if (!writeSummary(trade, id, error))
        return std::nullopt;
    JournalRepository journal(m_connection);
    if (!trade.tags.isEmpty() && !journal.setTradeTags(id, trade.tags, error))
        return std::nullopt;
    return id;
}

bool TradeRepository::insertFill(qint64 tradeId, const Fill &fill, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "INSERT INTO fills (trade_id, kind, time, price, quantity, fee) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error))
        return false;
    s.bindInt64(1, tradeId);
    s.bindText(2, fill.kind == FillKind::Entry ? QStringLiteral("entry") : QStringLiteral("exit"));
    s.bindInt64(3, fill.time);
    s.bindDouble(4, fill.price);
    s.bindDouble(5, fill.quantity);
    s.bindDouble(6, fill.fee);
    return s.step(error);
}

bool TradeRepository::writeSummary(const Trade &trade, qint64 tradeId, QString *error)
{
    const TradeResult r = TradePnl::evaluate(trade);
    const bool hasEntry = !trade.fills.empty() && r.quantity > 0.0;
    const bool hasExit = trade.exitQuantity() > 0.0;
    TradeStatus status = trade.status;
    if (status != TradeStatus::Cancelled && hasEntry)
        status = r.closed ? TradeStatus::Closed : TradeStatus::Open;
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "UPDATE trades SET status = ?2, entry_time = ?3, exit_time = ?4, entry_price = ?5, exit_price = ?6, "
                   "quantity = ?7, risk_amount = ?8 WHERE id = ?1",
                   error))
        return false;
    s.bindInt64(1, tradeId);
    s.bindText(2, statusToString(status));
    s.bindOptional(3, hasEntry ? std::optional<qint64>(r.entryTime) : std::nullopt);
    s.bindOptional(4, r.closed ? r.exitTime : std::nullopt);
    s.bindOptional(5, hasEntry ? std::optional<double>(r.entryPrice) : std::nullopt);
    s.bindOptional(6, hasExit ? std::optional<double>(r.exitPrice) : std::nullopt);
    s.bindDouble(7, r.quantity);
    s.bindOptional(8, r.riskAmount);
    return s.step(error);
}

bool TradeRepository::addFill(qint64 tradeId, const Fill &fill, QString *error)
{
    auto trade = find(tradeId, error);
    if (!trade) {
        if (error && error->isEmpty())
            *error = QStringLiteral("no trade with id %1").arg(tradeId);
        return false;
    }
    // A relative tolerance: quantities that went through text (0.1 + 0.2) must still close a 0.3 position.
    if (fill.kind == FillKind::Exit && trade->exitQuantity() + fill.quantity > trade->entryQuantity() * (1.0 + 1e-9)) {
        *error = QStringLiteral("exit of %1 is more than the open quantity %2")
                     .arg(fill.quantity)
                     .arg(trade->entryQuantity() - trade->exitQuantity());
        return false;
    }
    if (!insertFill(tradeId, fill, error))
        return false;
    trade->fills.push_back(fill);
    return writeSummary(*trade, tradeId, error);
}

bool TradeRepository::update(const Trade &trade, QString *error)
{
    if (!checkExchange(trade, error))
        return false;
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "UPDATE trades SET symbol = ?2, direction = ?3, fees = ?4, stop_loss = ?5, take_profit = ?6, "
                   "risk_pct = ?7, signal_id = ?8, pattern_id = ?9, pattern_type = ?10, timeframe = ?11, exchange_id = ?12 "
                   "WHERE id = ?1",
                   error))
        return false;
    s.bindInt64(1, trade.id);
    s.bindText(2, trade.symbol);
    s.bindText(3, directionToString(trade.direction));
    s.bindDouble(4, trade.fees);
    s.bindOptional(5, trade.stopLoss);
    s.bindOptional(6, trade.takeProfit);
    s.bindOptional(7, trade.riskPct);
    s.bindOptional(8, trade.signalId);
    s.bindOptional(9, trade.patternId);
    bindTextOrNull(s, 10, trade.patternType);
    bindTextOrNull(s, 11, trade.timeframe);
    s.bindOptional(12, exchangeRowId(trade.exchange));
    if (!s.step(error))
        return false;
    auto stored = find(trade.id, error);
    if (!stored)
        return false;
    if (!writeSummary(*stored, trade.id, error))
        return false;
    return JournalRepository(m_connection).setTradeTags(trade.id, trade.tags, error);
}

bool TradeRepository::setStatus(qint64 tradeId, TradeStatus status, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(), "UPDATE trades SET status = ?2 WHERE id = ?1", error))
        return false;
    s.bindInt64(1, tradeId);
    s.bindText(2, statusToString(status));
    return s.step(error);
}

bool TradeRepository::remove(qint64 tradeId, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(), "DELETE FROM trades WHERE id = ?1", error))
        return false;
    s.bindInt64(1, tradeId);
    return s.step(error);
}

std::vector<Trade> TradeRepository::load(qint64 portfolioId, QString *error)
{
    return query("t.portfolio_id = ?1", portfolioId, error);
}

std::optional<Trade> TradeRepository::find(qint64 tradeId, QString *error)
{
    auto trades = query("t.id = ?1", tradeId, error);
    if (trades.empty())
        return std::nullopt;
    return trades.front();
}

std::vector<Trade> TradeRepository::query(const char *where, qint64 key, QString *error)
{
    std::vector<Trade> trades;
    QHash<qint64, size_t> index;
    SqliteStatement q;
    const QByteArray sql = QByteArray(
        "SELECT t.id, t.portfolio_id, t.external_id, t.symbol, t.direction, t.status, t.fees, t.stop_loss, "
        "t.take_profit, t.risk_pct, t.signal_id, t.pattern_id, t.pattern_type, t.timeframe, "
        "t.entry_time, t.exit_time, t.entry_price, t.exit_price, t.quantity, e.code FROM trades t "
        "LEFT JOIN exchanges e ON e.id = t.exchange_id WHERE ")
        + where + " ORDER BY t.id";
    if (!q.prepare(m_connection.handle(), sql.constData(), error))
        return trades;
    q.bindInt64(1, key);
    // Rows written by other code with only the summary columns get fills made from them.
    std::vector<std::vector<Fill>> summaryFills;
    while (q.step(error) && q.hasRow()) {
        Trade t;
        t.id = q.columnInt64(0);
        t.portfolioId = q.columnInt64(1);
        t.externalId = q.columnText(2);
        t.symbol = q.columnText(3);
        t.direction = parseDirection(q.columnText(4)).value_or(Direction::Long);
        t.status = parseStatus(q.columnText(5)).value_or(TradeStatus::Open);
        t.fees = q.columnDouble(6);
        t.stopLoss = q.columnOptionalDouble(7);
        t.takeProfit = q.columnOptionalDouble(8);
        t.riskPct = q.columnOptionalDouble(9);
        if (!q.columnIsNull(10))
            t.signalId = q.columnInt64(10);
        if (!q.columnIsNull(11))
            t.patternId = q.columnInt64(11);
        t.patternType = q.columnText(12);
        t.timeframe = q.columnText(13);
        t.exchange = q.columnText(19);
        std::vector<Fill> fallback;
        if (!q.columnIsNull(14) && !q.columnIsNull(16)) {
            fallback.push_back({0, FillKind::Entry, q.columnInt64(14), q.columnDouble(16), q.columnDouble(18), 0.0});
            if (!q.columnIsNull(15) && !q.columnIsNull(17))
                fallback.push_back({0, FillKind::Exit, q.columnInt64(15), q.columnDouble(17), q.columnDouble(18), 0.0});
        }
        index.insert(t.id, trades.size());
        trades.push_back(std::move(t));
        summaryFills.push_back(std::move(fallback));
    }
    if (trades.empty())
        return trades;

    const QByteArray fillSql = QByteArray("SELECT f.trade_id, f.id, f.kind, f.time, f.price, f.quantity, f.fee FROM fills f "
                                          "JOIN trades t ON t.id = f.trade_id WHERE ")
        + where + " ORDER BY f.trade_id, f.time, f.id";
    SqliteStatement fills;
    if (!fills.prepare(m_connection.handle(), fillSql.constData(), error))
        return {};
    fills.bindInt64(1, key);
    while (fills.step(error) && fills.hasRow()) {
        const auto it = index.constFind(fills.columnInt64(0));
        if (it == index.cend())
            continue;
        Fill f;
        f.id = fills.columnInt64(1);
        f.kind = fills.columnText(2) == QLatin1String("exit") ? FillKind::Exit : FillKind::Entry;
        f.time = fills.columnInt64(3);
        f.price = fills.columnDouble(4);
        f.quantity = fills.columnDouble(5);
        f.fee = fills.columnDouble(6);
        trades[*it].fills.push_back(f);
    }
    for (size_t i = 0; i < trades.size(); ++i) {
        if (trades[i].fills.empty())
            trades[i].fills = std::move(summaryFills[i]);
    }

    const QByteArray tagSql = QByteArray("SELECT tt.trade_id, g.name FROM trade_tags tt JOIN tags g ON g.id = tt.tag_id "
                                         "JOIN trades t ON t.id = tt.trade_id WHERE ")
        + where + " ORDER BY tt.trade_id, g.name";
    SqliteStatement tags;
    if (!tags.prepare(m_connection.handle(), tagSql.constData(), error))
        return {};
    tags.bindInt64(1, key);
    while (tags.step(error) && tags.hasRow()) {
        const auto it = index.constFind(tags.columnInt64(0));
        if (it != index.cend())
            trades[*it].tags.append(tags.columnText(1));
    }
    return trades;
}

QSet<QString> TradeRepository::externalIds(qint64 portfolioId, QString *error)
{
    QSet<QString> ids;
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT external_id FROM trades WHERE portfolio_id = ?1", error))
        return ids;
    q.bindInt64(1, portfolioId);
    while (q.step(error) && q.hasRow())
        ids.insert(q.columnText(0));
    return ids;
}

} // namespace cl::portfolio
