#pragma once
// What the CandleChartWidget tests share: hourly candles, mouse input, a shown chart and a database file.

#include "chart/candlechartwidget.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>

#include <memory>
#include <optional>

namespace cl::chart::test {

using model::Candle;
using model::CandleSeries;
using model::ExchangeId;
using model::Symbol;
using model::Timeframe;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kStart = 1'700'000'000'000 / kHour * kHour;

// Quiet hourly candles around 100 with one tall bullish candle at `tall`.
inline CandleSeries hourlyCandles(int count, int tall = -1, qint64 start = kStart)
{
    CandleSeries candles;
    candles.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double open = 100.0 + (i % 7) * 0.1;
        candles.push_back({start + i * kHour, open, open + 0.5, open - 0.5, open + ((i % 2) ? 0.2 : -0.2), 10.0 + i % 5});
    }
    if (tall >= 0)
        candles[size_t(tall)] = {start + tall * kHour, 100.0, 112.0, 98.0, 110.0, 20.0};
    return candles;
}

inline void sendMouse(QWidget &w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w.mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(&w, &event);
}

inline void drag(QWidget &w, QPointF from, QPointF to)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(w, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    sendMouse(w, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

inline void wheel(QWidget &w, QPointF pos, int delta)
{
    QWheelEvent event(pos, w.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&w, &event);
}

// Stores candles of binance BTC/USDT in the SQLite file at path (created with the schema when new).
inline bool storeCandles(const QString &path, Timeframe timeframe, const CandleSeries &candles)
{
    if (cl::storage::Database::prepare(path).status != cl::storage::Database::Status::Ok)
        return false;
    cl::storage::SqlConnection connection;
    QString error;
    std::optional<qint64> id;
    if (connection.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error))
        id = cl::storage::SymbolRepository(connection).ensure(ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"), &error);
    const bool stored = id && cl::storage::CandleRepository(connection).upsert(*id, timeframe, candles, nullptr, &error);
    if (!stored)
        qWarning().noquote() << "cannot store the test candles:" << error;
    return stored;
}

// The chart under test, shown at 1000x600 with count hourly candles of binance BTC/USDT.
class ShownChart
{
public:
    CandleChartWidget &shown(int count, int tall = -1)
    {
        m_chart = std::make_unique<CandleChartWidget>();
        m_chart->resize(1000, 600);
        m_chart->setSeries(ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"), Timeframe::H1);
        m_chart->setCandles(hourlyCandles(count, tall));
        m_chart->show();
        if (!QTest::qWaitForWindowExposed(m_chart.get()))
            qWarning("window not exposed");
        return *m_chart;
    }
    // A shown chart of binance BTC/USDT 1h with no candles yet, reading its history from the file at path.
    CandleChartWidget &reading(const QString &path)
    {
        m_chart = std::make_unique<CandleChartWidget>();
        m_chart->resize(1000, 600);
        m_chart->show();
        m_chart->setSeries(ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"), Timeframe::H1);
        m_chart->setDatabasePath(path);
        return *m_chart;
    }
    void reset() { m_chart.reset(); }

protected:
    std::unique_ptr<CandleChartWidget> m_chart;
};

} // namespace cl::chart::test
