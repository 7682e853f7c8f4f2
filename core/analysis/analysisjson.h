#pragma once

#include "model/pattern.h"
#include "model/signal.h"

#include <string>

namespace cl::analysis {

// JSON text of analysis values, shared by the CLI commands and exports. Numbers are written with 17
// significant digits (every double reads back exactly); NaN and infinities are written as null.
class AnalysisJson
{
public:
    static void appendNumber(std::string &out, double value);
    static std::string number(double value);
    static void appendString(std::string &out, const QString &text);
    // {"type": ..., "direction": ..., "detected_at": ..., "zone_low": ..., "zone_high": ..., "status": ...,
    //  "fill_pct": ..., "entry": ..., "stop": ..., "tp1": ..., "tp2": ..., "tp3": ...} (spec/cli.md analyze)
    static void appendPattern(std::string &out, const model::Pattern &pattern);
    static void appendSignal(std::string &out, const model::Signal &signal);
};

} // namespace cl::analysis
