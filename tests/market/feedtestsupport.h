#pragma once

// Shared by the adapter tests: fixture loading, the tape fold, and small frame builders.

#include "market/exchangeadapter.h"
#include "model/candle.h"
#include "model/manualclock.h"
#include "testsupport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>
#include <map>

namespace cl::test {

// 2026-06-01T00:00:00Z: later than every fixture frame (the newest, Coinbase's peer sample, is 2026-04-07),
// so "in the future" checks never trip on fixtures, and fixed so no test depends on the machine's clock.
constexpr qint64 kFixtureNowMs = 1'780'272'000'000LL;
// The constructed tape's first minute, 2024-03-01T12:00:00Z.
constexpr qint64 kM0 = 1'709'294'400'000LL;
constexpr qint64 kM1 = kM0 + 60'000;

inline QString feedsDir()
{
    return sharedDir() + QStringLiteral("/feeds");
}

// One raw frame per line, exactly as stored (no trimming: OKX's "pong" line is a frame too).
inline QList<QByteArray> fixtureLines(const QString &fileName)
{
    QFile file(feedsDir() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

// The "body" of a wrapped REST response line of rest_klines.jsonl ({exchange,method,url,status,body}).
inline QByteArray restBody(const QByteArray &wrapped)
{
    const qsizetype at = wrapped.indexOf("\"body\":");
    return at < 0 ? QByteArray() : wrapped.mid(at + 7).chopped(1);
}

#define CL_REQUIRE_FEEDS()                                                                                   \
    do {                                                                                                     \
        if (cl::test::sharedDir().isEmpty() || !QDir(cl::test::feedsDir()).exists())                         \
            QSKIP("shared feed fixtures not found (CL_SHARED_DIR)");                                         \
    } while (false)

// A candle in fixed point (1e-8 units) so "equal" means equal decimals, not equal double roundings of sums.
struct ExactCandle
{
    qint64 openTime = 0;
    qint64 open = 0, high = 0, low = 0, close = 0, volume = 0;
    friend bool operator==(const ExactCandle &, const ExactCandle &) = default;
};

inline qint64 toUnits(double value)
{
    return std::llround(value * 1e8);
}

inline ExactCandle exact(const model::Candle &c)
{
    return {c.openTime, toUnits(c.open), toUnits(c.high), toUnits(c.low), toUnits(c.close), toUnits(c.volume)};
}

inline char *toString(const ExactCandle &c)
{
    return QTest::toString(QStringLiteral("{t=%1 o=%2 h=%3 l=%4 c=%5 v=%6}")
                               .arg(c.openTime)
                               .arg(c.open)
                               .arg(c.high)
                               .arg(c.low)
                               .arg(c.close)
                               .arg(c.volume));
}

// Folds trades (any order within a minute is resolved by time, then by arrival) into 1m candles.
class TapeFold
{
public:
    void add(const model::Trade &trade)
    {
        m_trades.push_back({trade.timestamp, m_sequence++, trade});
    }
    std::map<qint64, ExactCandle> candles() const
    {
        std::vector<Entry> sorted = m_trades;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) {
            return a.time != b.time ? a.time < b.time : a.sequence < b.sequence;
        });
        std::map<qint64, ExactCandle> result;
        for (const Entry &e : sorted) {
            const qint64 minute = e.time - e.time % 60'000;
            const qint64 price = toUnits(e.trade.price);
            auto [it, inserted] = result.try_emplace(minute, ExactCandle{minute, price, price, price, price, 0});
            ExactCandle &c = it->second;
            c.high = std::max(c.high, price);
            c.low = std::min(c.low, price);
            c.close = price;
            c.volume += toUnits(e.trade.size);
            Q_UNUSED(inserted);
        }
        return result;
    }
    size_t size() const { return m_trades.size(); }

private:
    struct Entry
    {
        qint64 time;
        int sequence;
        model::Trade trade;
    };
    std::vector<Entry> m_trades;
    int m_sequence = 0;
};

inline QString describe(const market::ParsedFrame &frame)
{
    if (frame.kind() == market::FrameKind::Error)
        return frame.error().reason;
    return QStringLiteral("kind %1").arg(int(frame.kind()));
}

// Checks a rejected frame: the expected kind, the exchange, the frame number, and a reason that names both.
inline void verifyRejected(market::ExchangeAdapter &adapter, const QByteArray &frame, market::ParseErrorKind kind,
                           const QString &reasonPart = {})
{
    const quint64 before = adapter.stats().errors;
    const market::ParsedFrame &parsed = adapter.parseFrame(frame);
    QVERIFY2(parsed.kind() == market::FrameKind::Error, qPrintable(QStringLiteral("accepted: %1").arg(describe(parsed))));
    QCOMPARE(market::parseErrorKindName(parsed.error().kind), market::parseErrorKindName(kind));
    QCOMPARE(parsed.error().exchange, adapter.exchange());
    QCOMPARE(parsed.error().frameNumber, parsed.frameNumber());
    QVERIFY(parsed.trades().empty());
    QVERIFY(parsed.candles().empty());
    const QString prefix = QStringLiteral("%1 frame %2: ").arg(adapter.name()).arg(parsed.frameNumber());
    QVERIFY2(parsed.error().reason.startsWith(prefix), qPrintable(parsed.error().reason));
    QVERIFY2(parsed.error().reason.size() < 400, qPrintable(parsed.error().reason.left(400)));
    if (!reasonPart.isEmpty())
        QVERIFY2(parsed.error().reason.contains(reasonPart), qPrintable(parsed.error().reason));
    QCOMPARE(adapter.stats().errors, before + 1);
}

// A parsed kline page in one line, for exact comparisons: "ok closed=N forming=N rejected=N [first reason]" or
// "error: <text>".
inline QString describeKlinePage(const market::KlinePage &page)
{
    if (!page.ok)
        return QStringLiteral("error: ") + page.error;
    QString text = QStringLiteral("ok closed=%1 forming=%2 rejected=%3").arg(page.closed.size()).arg(page.forming.size()).arg(page.rejectedRows);
    if (!page.rejectReasons.isEmpty())
        text += QStringLiteral(" [") + page.rejectReasons.first() + QLatin1Char(']');
    return text;
}

// A syntactically valid frame of about 10 MB (one long string field).
inline QByteArray tenMegabyteFrame()
{
    return QByteArray("{\"e\":\"trade\",\"pad\":\"") + QByteArray(10 * 1024 * 1024, 'x') + QByteArray("\"}");
}

} // namespace cl::test
