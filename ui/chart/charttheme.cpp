#include "charttheme.h"

namespace cl::chart {

namespace {
QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// What both themes share: the signal colours read on either background.
ChartTheme common(const QColor &bullish, const QColor &bearish)
{
    ChartTheme t;
    t.bullish = bullish;
    t.bearish = bearish;
    t.bullishVolume = withAlpha(bullish, 110);
    t.bearishVolume = withAlpha(bearish, 110);
    t.labelText = QColor(255, 255, 255);
    t.ema = QColor(255, 167, 38);
    t.sma = QColor(66, 165, 245);
    t.bollinger = QColor(171, 71, 188);
    t.bollingerFill = QColor(171, 71, 188, 28);
    t.rsi = QColor(126, 87, 194);
    t.macd = QColor(41, 98, 255);
    t.macdSignal = QColor(255, 109, 0);
    t.macdHistUp = withAlpha(bullish, 150);
    t.macdHistDown = withAlpha(bearish, 150);
    t.zoneBullish = withAlpha(bullish, 45);
    t.zoneBearish = withAlpha(bearish, 45);
    t.entry = QColor(41, 98, 255);
    t.stop = bearish;
    t.target = bullish;
    t.alert = QColor(255, 193, 7);
    t.tradeBuy = bullish;
    t.tradeSell = bearish;
    return t;
}
} // namespace

ChartTheme ChartTheme::dark()
{
    ChartTheme t = common(QColor(38, 166, 154), QColor(239, 83, 80));
    t.background = QColor(19, 23, 34);
    t.grid = QColor(42, 46, 57);
    t.text = QColor(209, 212, 220);
    t.axisText = QColor(178, 181, 190);
    t.axisLine = QColor(67, 70, 81);
    t.crosshair = QColor(149, 152, 161);
    t.legendBackground = QColor(19, 23, 34, 200);
    t.rsiBands = QColor(120, 123, 134, 90);
    t.zoneFill = QColor(255, 255, 255, 30);
    t.highlight = QColor(255, 213, 79);
    return t;
}

ChartTheme ChartTheme::light()
{
    ChartTheme t = common(QColor(8, 153, 129), QColor(242, 54, 69));
    t.background = QColor(255, 255, 255);
    t.grid = QColor(240, 243, 250);
    t.text = QColor(19, 23, 34);
    t.axisText = QColor(70, 74, 85);
    t.axisLine = QColor(210, 214, 222);
    t.crosshair = QColor(120, 123, 134);
    t.legendBackground = QColor(255, 255, 255, 210);
    t.rsiBands = QColor(120, 123, 134, 60);
    t.zoneFill = QColor(0, 0, 0, 25);
    t.highlight = QColor(245, 124, 0);
    return t;
}

} // namespace cl::chart
