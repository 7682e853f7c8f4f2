#include "backtestjson.h"

#include "portfolio/metricsjson.h"

namespace cl::backtest {

using portfolio::MetricsJson;

QByteArray BacktestJson::trade(const BacktestTrade &t)
{
    QByteArray out = "{\"type\": \"";
    out += model::patternTypeCode(t.type);
    out += "\", \"direction\": \"";
    out += t.isLong() ? "long" : "short";
    out += "\", \"source\": \"";
    out += t.fromSignal ? "signal" : "pattern";
    out += "\", \"detected_at\": " + QByteArray::number(t.detectedAt);
    out += ", \"entry_time\": " + QByteArray::number(t.entryTime);
    out += ", \"exit_time\": " + QByteArray::number(t.exitTime);
    out += ", \"entry_price\": " + MetricsJson::number(t.entryPrice);
    out += ", \"exit_price\": " + MetricsJson::number(t.exitPrice);
    out += ", \"stop\": " + MetricsJson::number(t.stop);
    out += ", \"target\": " + MetricsJson::number(t.target);
    out += ", \"quantity\": " + MetricsJson::number(t.quantity);
    out += ", \"fees\": " + MetricsJson::number(t.fees);
    out += ", \"outcome\": \"";
    out += outcomeCode(t.outcome);
    out += "\", \"r\": " + MetricsJson::number(t.r);
    out += ", \"pnl\": " + MetricsJson::number(t.pnl);
    out += '}';
    return out;
}

QByteArray BacktestJson::trades(const std::vector<BacktestTrade> &trades)
{
    QByteArray out = "[";
    for (size_t i = 0; i < trades.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += trade(trades[i]);
    }
    out += trades.empty() ? "]" : "\n  ]";
    return out;
}

QByteArray BacktestJson::metricsCompact(const portfolio::MetricsReport &report)
{
    const QByteArray text = MetricsJson::write(report);
    QByteArray out;
    out.reserve(text.size());
    bool lineStart = false;
    for (const char c : text) {
        if (c == '\n') {
            lineStart = true;
            continue;
        }
        if (lineStart && c == ' ')
            continue;
        lineStart = false;
        out += c;
    }
    return out;
}

QByteArray BacktestJson::write(const BacktestResult &result)
{
    QByteArray metrics = MetricsJson::write(result.metrics).trimmed();
    metrics.replace("\n", "\n  ");
    QByteArray out = "{\n  \"trades\": ";
    out += trades(result.trades);
    out += ",\n  \"metrics\": ";
    out += metrics;
    out += "\n}\n";
    return out;
}

} // namespace cl::backtest
