#pragma once

#include "simulatedmarket.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cl::market::binanceframes {

// Binance's wire format for the simulated market (spec/feeds.md "Binance spot", binance.jsonl): the
// exact field order and decimal strings Binance sends.
QByteArray trade(const QString &native, const SimTrade &trade, int priceDecimals);
QByteArray kline(const QString &native, const SimCandle &kline, bool closed, qint64 eventTime, int priceDecimals);
// {"stream":"btcusdt@trade","data":{...}} for /stream connections.
QByteArray combined(const QByteArray &streamName, const QByteArray &payload);
// GET /api/v3/klines rows: [openTime,"o","h","l","c","v",closeTime,"q",n,"V","Q","0"].
QByteArray klineRows(const std::vector<SimCandle> &rows, int priceDecimals);
QByteArray exchangeInfo(const SimulatedMarket &market, qint64 serverTime);
// {"code":-1121,"msg":"Invalid symbol."}
QByteArray error(int code, const QString &message);

} // namespace cl::market::binanceframes
