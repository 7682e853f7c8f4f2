#pragma once

#include "exchangeid.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace cl::model {

// A trading pair in the canonical form BASE/QUOTE of spec/cli.md (^[A-Z0-9]{2,10}/[A-Z0-9]{2,10}$).
// Only parse() makes one, so every Symbol in the program is valid.
class Symbol
{
public:
    Symbol() = default;

    // Returns the symbol, or nothing with *error saying what is wrong with the text.
    static std::optional<Symbol> parse(QStringView text, QString *error = nullptr);

    // The exchange's own spelling in its WebSocket and REST market-data API
    // (BTCUSDT on Binance and Bybit, BTC-USDT on OKX and KuCoin, BTC-USD on Coinbase, BTC/USD on Kraken v2).
    QString nativeFor(ExchangeId exchange) const;
    // Reads an exchange's spelling back. Concatenated forms (BTCUSDT) are split at a known quote currency.
    static std::optional<Symbol> fromNative(ExchangeId exchange, QStringView native);

    const QString &base() const { return m_base; }
    const QString &quote() const { return m_quote; }
    QString toString() const { return m_base + QLatin1Char('/') + m_quote; }
    bool isNull() const { return m_base.isEmpty(); }

    friend bool operator==(const Symbol &, const Symbol &) = default;
    friend bool operator<(const Symbol &a, const Symbol &b) { return a.toString() < b.toString(); }

private:
    Symbol(QString base, QString quote) : m_base(std::move(base)), m_quote(std::move(quote)) {}
    static bool isValidPart(QStringView part);

    QString m_base;
    QString m_quote;
};

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::Symbol)
