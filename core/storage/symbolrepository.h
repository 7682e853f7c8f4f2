#pragma once

#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QList>
#include <QString>

#include <optional>

namespace cl::storage {

class SqlConnection;

struct SymbolRecord
{
    qint64 id = 0;
    model::ExchangeId exchange = model::ExchangeId::Binance;
    model::Symbol symbol;
    QString nativeSymbol;
};

// Rows of the symbols table: the (exchange, BASE/QUOTE) pairs everything else refers to by id.
class SymbolRepository
{
public:
    explicit SymbolRepository(SqlConnection &connection) : m_connection(connection) {}

    std::optional<qint64> find(model::ExchangeId exchange, const model::Symbol &symbol, QString *error = nullptr);
    // Finds the symbol or adds it. Writers only.
    std::optional<qint64> ensure(model::ExchangeId exchange, const model::Symbol &symbol, QString *error = nullptr);
    QList<SymbolRecord> all(QString *error = nullptr);

    // The exchanges row of an exchange, for tables that refer to exchanges(id).
    static qint64 exchangeRowId(model::ExchangeId exchange);

private:
    SqlConnection &m_connection;
};

} // namespace cl::storage
