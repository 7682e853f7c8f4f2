#include "symbol.h"

#include <QCoreApplication>

#include <array>

namespace cl::model {

namespace {

// Quote currencies tried, longest first, when an exchange glues base and quote together.
constexpr std::array<const char *, 14> kKnownQuotes{"FDUSD", "USDT", "USDC", "TUSD", "BUSD", "DAI", "EUR",
                                                    "USD",   "GBP",  "TRY",  "BTC",  "ETH",  "BNB", "JPY"};

QString tr(const char *text)
{
    return QCoreApplication::translate("cl::model::Symbol", text);
}

} // namespace

bool Symbol::isValidPart(QStringView part)
{
    if (part.size() < 2 || part.size() > 10)
        return false;
    for (QChar c : part) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return false;
    }
    return true;
}

std::optional<Symbol> Symbol::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Symbol> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return fail(tr("symbol '%1' must be BASE/QUOTE, e.g. BTC/USDT").arg(text));
    const QStringView base = text.left(slash);
    const QStringView quote = text.mid(slash + 1);
    if (!isValidPart(base))
        return fail(tr("symbol '%1': base '%2' must be 2 to 10 upper-case letters or digits").arg(text, base));
    if (!isValidPart(quote))
        return fail(tr("symbol '%1': quote '%2' must be 2 to 10 upper-case letters or digits").arg(text, quote));
    return Symbol(base.toString(), quote.toString());
}

QString Symbol::nativeFor(ExchangeId exchange) const
{
    switch (exchange) {
    case ExchangeId::Binance:
    case ExchangeId::Bybit:
    case ExchangeId::Sim:
        return m_base + m_quote;
    case ExchangeId::Okx:
    case ExchangeId::Kucoin:
    case ExchangeId::Coinbase:
        return m_base + QLatin1Char('-') + m_quote;
    case ExchangeId::Kraken:
        return toString();
    }
    return toString();
}

std::optional<Symbol> Symbol::fromNative(ExchangeId exchange, QStringView native)
{
    const QString upper = native.toString().toUpper();
    switch (exchange) {
    case ExchangeId::Okx:
    case ExchangeId::Kucoin:
    case ExchangeId::Coinbase: {
        QString canonical = upper;
        canonical.replace(QLatin1Char('-'), QLatin1Char('/'));
        return parse(canonical);
    }
    case ExchangeId::Kraken:
        return parse(upper);
    case ExchangeId::Binance:
    case ExchangeId::Bybit:
    case ExchangeId::Sim:
        for (const char *quote : kKnownQuotes) {
            const QLatin1StringView q(quote);
            if (upper.size() > q.size() && upper.endsWith(q))
                return parse(QString(QStringView(upper).left(upper.size() - q.size()) + QLatin1Char('/') + q));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace cl::model
