#include "analysisjson.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace cl::analysis {

void AnalysisJson::appendNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 17);
    out.append(buffer, result.ptr);
}

std::string AnalysisJson::number(double value)
{
    std::string out;
    appendNumber(out, value);
    return out;
}

void AnalysisJson::appendString(std::string &out, const QString &text)
{
    out += '"';
    for (const char c : text.toStdString()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void AnalysisJson::appendPattern(std::string &out, const model::Pattern &p)
{
    out += "{\"type\": \"";
    out += model::patternTypeCode(p.type);
    out += "\", \"direction\": \"";
    out += model::directionCode(p.direction);
    out += "\", \"detected_at\": ";
    out += std::to_string(p.detectedAt);
    out += ", \"zone_low\": ";
    appendNumber(out, p.zoneLow);
    out += ", \"zone_high\": ";
    appendNumber(out, p.zoneHigh);
    out += ", \"status\": \"";
    out += model::patternStatusCode(p.status);
    out += "\", \"fill_pct\": ";
    appendNumber(out, p.fillPct);
    out += ", \"entry\": ";
    appendNumber(out, p.levels.entry);
    out += ", \"stop\": ";
    appendNumber(out, p.levels.stop);
    out += ", \"tp1\": ";
    appendNumber(out, p.levels.tp1);
    out += ", \"tp2\": ";
    appendNumber(out, p.levels.tp2);
    out += ", \"tp3\": ";
    appendNumber(out, p.levels.tp3);
    out += '}';
}

void AnalysisJson::appendSignal(std::string &out, const model::Signal &s)
{
    out += "{\"id\": ";
    out += std::to_string(s.id);
    out += ", \"exchange\": ";
    appendString(out, model::exchangeIdToString(s.exchange));
    out += ", \"symbol\": ";
    appendString(out, s.symbol.toString());
    out += ", \"direction\": \"";
    out += model::directionCode(s.direction);
    out += "\", \"created_at\": ";
    out += std::to_string(s.createdAt);
    out += ", \"score\": ";
    out += std::to_string(s.score);
    out += ", \"aligned_timeframes\": [";
    for (size_t k = 0; k < s.alignedTimeframes.size(); ++k) {
        if (k > 0)
            out += ", ";
        appendString(out, s.alignedTimeframes[k].toString());
    }
    out += "], \"source_timeframe\": ";
    appendString(out, s.sourceTimeframe.toString());
    out += ", \"source_type\": \"";
    out += model::patternTypeCode(s.sourceType);
    out += "\", \"source_detected_at\": ";
    out += std::to_string(s.sourceDetectedAt);
    out += ", \"entry\": ";
    appendNumber(out, s.entry);
    out += ", \"stop\": ";
    appendNumber(out, s.stop);
    out += ", \"tp1\": ";
    appendNumber(out, s.tp1);
    out += ", \"tp2\": ";
    appendNumber(out, s.tp2);
    out += ", \"tp3\": ";
    appendNumber(out, s.tp3);
    out += ", \"status\": \"";
    out += model::signalStatusCode(s.status);
    out += "\", \"status_at\": ";
    out += std::to_string(s.statusAt);
    out += '}';
}

} // namespace cl::analysis
