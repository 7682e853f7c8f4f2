#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace cl::model {

// The exchanges of spec/cli.md, by their stable command-line id.
enum class ExchangeId : quint8 { Binance, Bybit, Okx, Coinbase, Kraken, Kucoin, Sim };

constexpr int kExchangeCount = 7;

std::optional<ExchangeId> parseExchangeId(QStringView text);
QString exchangeIdToString(ExchangeId id);
QString exchangeDisplayName(ExchangeId id);
const std::array<ExchangeId, kExchangeCount> &allExchangeIds();

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::ExchangeId)
