#include "chartthemes.h"

namespace cl::ui {

chart::ChartTheme chartThemeFor(const Theme &theme)
{
    chart::ChartTheme chart = theme.kind == Theme::Kind::Light ? chart::ChartTheme::light() : chart::ChartTheme::dark();
    chart.background = theme.chartBackground;
    chart.grid = theme.chartGrid;
    chart.axisText = theme.chartText;
    chart.crosshair = theme.crosshair;
    chart.bullish = theme.bullish;
    chart.bearish = theme.bearish;
    QColor up = theme.bullish;
    QColor down = theme.bearish;
    up.setAlpha(chart.bullishVolume.alpha());
    down.setAlpha(chart.bearishVolume.alpha());
    chart.bullishVolume = up;
    chart.bearishVolume = down;
    return chart;
}

} // namespace cl::ui
