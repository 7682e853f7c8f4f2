#pragma once

#include "chart/charttheme.h"
#include "theme.h"

namespace cl::ui {

// The chart's colours for an application theme: the chart's own defaults for that kind, with the
// trading and background colours the matrix and lists use, so the whole window agrees.
chart::ChartTheme chartThemeFor(const Theme &theme);

} // namespace cl::ui
