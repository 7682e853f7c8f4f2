#pragma once

#include <QColor>

namespace cl::chart {

// Every colour the candle chart paints with. The app's theme (ui/theme) builds one from its palette and
// hands it to CandleChartWidget::setTheme; dark() and light() are the defaults.
struct ChartTheme
{
    QColor background;
    QColor grid;
    QColor text;
    QColor axisText;
    QColor axisLine;
    QColor bullish;
    QColor bearish;
    QColor bullishVolume;
    QColor bearishVolume;
    QColor crosshair;
    QColor labelText; // text on the coloured last-price and crosshair labels
    QColor legendBackground;
    QColor ema;
    QColor sma;
    QColor bollinger;
    QColor bollingerFill;
    QColor rsi;
    QColor rsiBands;
    QColor macd;
    QColor macdSignal;
    QColor macdHistUp;
    QColor macdHistDown;
    QColor zoneBullish;
    QColor zoneBearish;
    QColor zoneFill; // the part of a zone price already traded through
    QColor highlight; // accent of the zone the user opened the chart at (matrix or signal click)
    QColor entry;
    QColor stop;
    QColor target;
    QColor alert;
    QColor tradeBuy;
    QColor tradeSell;

    static ChartTheme dark();
    static ChartTheme light();
};

} // namespace cl::chart
