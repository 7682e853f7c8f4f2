#pragma once

namespace cl::analysis {

// The arithmetic of spec/patterns.md "Zone gate". The rest of the gate (which patterns to compare with,
// the unique key) lives in PatternEngine, which holds the active patterns.
class ZoneGate
{
public:
    // zl > 0 and (zh - zl) / zl * 100 >= minZonePct, evaluated in exactly this order so that
    // (100, 100.15) passes and (100, 100.1) fails at 0.15 %.
    static bool isTradeable(double zoneLow, double zoneHigh, double minZonePct)
    {
        return zoneLow > 0 && (zoneHigh - zoneLow) / zoneLow * 100.0 >= minZonePct;
    }

    // max(0, min(zh1, zh2) - max(zl1, zl2)) / min(size1, size2); 0 when a size is 0.
    static double overlap(double low1, double high1, double low2, double high2)
    {
        const double size1 = high1 - low1;
        const double size2 = high2 - low2;
        if (size1 == 0 || size2 == 0)
            return 0.0;
        const double top = high1 < high2 ? high1 : high2;
        const double bottom = low1 > low2 ? low1 : low2;
        const double common = top - bottom > 0 ? top - bottom : 0.0;
        return common / (size1 < size2 ? size1 : size2);
    }
};

} // namespace cl::analysis
