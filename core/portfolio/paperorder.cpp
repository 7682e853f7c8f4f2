#include "paperorder.h"

#include <array>

namespace cl::portfolio {

namespace {

template<size_t N>
QString codeOf(const std::array<const char *, N> &codes, size_t index)
{
    return QString::fromLatin1(codes[index]);
}

template<typename E, size_t N>
std::optional<E> parseCode(const std::array<const char *, N> &codes, QStringView text)
{
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1StringView(codes[i]))
            return E(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 2> kSides{"buy", "sell"};
constexpr std::array<const char *, 4> kTypes{"market", "limit", "stop", "take_profit"};
constexpr std::array<const char *, 2> kIntents{"open", "close"};
constexpr std::array<const char *, 3> kStatuses{"working", "filled", "cancelled"};

} // namespace

QString orderSideToString(OrderSide side) { return codeOf(kSides, size_t(side)); }
std::optional<OrderSide> parseOrderSide(QStringView text) { return parseCode<OrderSide>(kSides, text); }
QString orderTypeToString(OrderType type) { return codeOf(kTypes, size_t(type)); }
std::optional<OrderType> parseOrderType(QStringView text) { return parseCode<OrderType>(kTypes, text); }
QString orderIntentToString(OrderIntent intent) { return codeOf(kIntents, size_t(intent)); }
std::optional<OrderIntent> parseOrderIntent(QStringView text) { return parseCode<OrderIntent>(kIntents, text); }
QString orderStatusToString(OrderStatus status) { return codeOf(kStatuses, size_t(status)); }
std::optional<OrderStatus> parseOrderStatus(QStringView text) { return parseCode<OrderStatus>(kStatuses, text); }

} // namespace cl::portfolio
