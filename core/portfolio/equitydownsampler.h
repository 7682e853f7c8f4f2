#pragma once

#include <QPointF>

#include <vector>

namespace cl::portfolio {

// Thins a long curve for drawing: the points are cut into buckets along x and each bucket keeps its first,
// lowest, highest and last point (in x order), so peaks and drawdown troughs survive. The first and last
// points are always kept; a curve with at most maxPoints points is returned as it is.
class EquityDownsampler
{
public:
    static std::vector<QPointF> downsample(const std::vector<QPointF> &points, size_t maxPoints);
};

} // namespace cl::portfolio
