#include "equitydownsampler.h"

#include <algorithm>

namespace cl::portfolio {

std::vector<QPointF> EquityDownsampler::downsample(const std::vector<QPointF> &points, size_t maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 8)
        return points;
    // Four points per bucket, the first and last points outside the buckets.
    const size_t buckets = (maxPoints - 2) / 4;
    const size_t inner = points.size() - 2;
    std::vector<QPointF> out;
    out.reserve(maxPoints);
    out.push_back(points.front());
    for (size_t b = 0; b < buckets; ++b) {
        const size_t from = 1 + b * inner / buckets;
        const size_t to = 1 + (b + 1) * inner / buckets;   // exclusive
        if (from >= to)
            continue;
        size_t lo = from, hi = from;
        for (size_t i = from; i < to; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        size_t keep[4] = {from, lo, hi, to - 1};
        std::sort(std::begin(keep), std::end(keep));
        for (size_t k = 0; k < 4; ++k) {
            if (k == 0 || keep[k] != keep[k - 1])
                out.push_back(points[keep[k]]);
        }
    }
    out.push_back(points.back());
    return out;
}

} // namespace cl::portfolio
