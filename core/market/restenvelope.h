#pragma once

// Private to core/market (includes simdjson through restreader.h).

#include "exchangeadapter.h"
#include "restreader.h"

#include <functional>
#include <string_view>
#include <vector>

namespace cl::market::detail {

// Where an exchange's REST answer keeps its status and its kline rows: {"code":"0","msg":"","data":[rows]}
// (OKX, KuCoin) or {"retCode":0,"retMsg":"OK","result":{"list":[rows]}} (Bybit).
struct RestEnvelope
{
    std::string_view codeKey;     // "code", "retCode"
    std::string_view messageKey;  // "msg", "retMsg"
    std::string_view successCode; // the code of a good answer, as text ("200000", "0")
    bool integerCode = false;     // the code must be a JSON integer (Bybit); otherwise a string or number
    std::string_view dataKey;     // "data", "result"
    std::string_view listKey;     // empty: dataKey holds the rows; else an object under dataKey holds them here
};

// Reads one row (an array) into raw.candle / raw.confirm; a problem goes to r.fail and rejects only that row.
using KlineRowReader = std::function<void(RestReader &r, od::value &row, RawKlineRow &raw)>;

// Checks the envelope and hands every row to readRow, in body order and numbered from 1 over the whole body.
// False (the body is unusable, r says why) for broken JSON, a code other than successCode ("code 51001: <msg>",
// read after the rows, wherever the code stands) or no rows key at all ("missing data").
bool readKlineEnvelope(RestReader &r, const RestEnvelope &envelope, std::vector<RawKlineRow> &rows,
                       const KlineRowReader &readRow);

} // namespace cl::market::detail
