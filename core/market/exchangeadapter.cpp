#include "exchangeadapter.h"

#include "candlecheck.h"
#include "feedvalues.h"
#include "framereader.h"
#include "restreader.h"

#include <QUrl>

#include <algorithm>
#include <limits>

namespace cl::market {

namespace {

constexpr int kMaxRejectReasons = 10;

void reject(KlinePage &page, const QString &reason)
{
    ++page.rejectedRows;
    if (page.rejectReasons.size() < kMaxRejectReasons)
        page.rejectReasons.append(reason);
}

} // namespace

ExchangeAdapter::ExchangeAdapter(model::ExchangeId exchange, QString name, QString restBaseUrl,
                                 const model::Clock &clock)
    : m_exchange(exchange),
      m_name(std::move(name)),
      m_restBaseUrl(std::move(restBaseUrl)),
      m_clock(clock),
      m_frameEngine(std::make_unique<detail::JsonEngine>()),
      m_restEngine(std::make_unique<detail::JsonEngine>()),
      m_symbols([this](std::string_view native) {
          return symbolFromNative(QString::fromUtf8(native.data(), qsizetype(native.size())));
      })
{
}

ExchangeAdapter::~ExchangeAdapter() = default;

std::optional<ConnectToken> ExchangeAdapter::parseConnectToken(QByteArrayView, QString *error)
{
    if (error)
        *error = QStringLiteral("%1 does not use connect tokens").arg(m_name);
    return std::nullopt;
}

QString ExchangeAdapter::connectUrl(const ConnectToken &, QStringView) const
{
    return {};
}

QString ExchangeAdapter::nativeSymbol(const model::Symbol &symbol) const
{
    return symbol.nativeFor(m_exchange);
}

std::optional<model::Symbol> ExchangeAdapter::symbolFromNative(QStringView native) const
{
    return model::Symbol::fromNative(m_exchange, native);
}

bool ExchangeAdapter::parseTextFrame(QByteArrayView, ParsedFrame &)
{
    return false;
}

const ParsedFrame &ExchangeAdapter::parseFrame(QByteArrayView bytes)
{
    m_frame.reset(++m_frameNumber);
    if (bytes.size() > m_maxFrameBytes) {
        m_frame.setError(ParseErrorKind::TooLarge, m_exchange,
                         QStringLiteral("%1 frame %2: %3 bytes exceed the %4-byte frame limit")
                             .arg(m_name)
                             .arg(m_frameNumber)
                             .arg(bytes.size())
                             .arg(m_maxFrameBytes));
    } else if (!parseTextFrame(bytes, m_frame)) {
        detail::od::document doc;
        const simdjson::error_code code = m_frameEngine->load(bytes, doc);
        detail::FrameReader reader(*this, m_frame, doc);
        if (code) {
            reader.malformed(code);
        } else {
            parseJsonFrame(reader);
            if (!reader.failed())
                reader.expectEnd();
        }
    }
    m_frame.finish();

    ++m_stats.frames;
    m_stats.trades += m_frame.trades().size();
    m_stats.candles += m_frame.candles().size();
    switch (m_frame.kind()) {
    case FrameKind::Control:
        ++m_stats.controls;
        break;
    case FrameKind::Ignored:
        ++m_stats.ignored;
        break;
    case FrameKind::Error:
        ++m_stats.errors;
        ++m_stats.errorsByKind[size_t(m_frame.error().kind)];
        break;
    case FrameKind::Trades:
    case FrameKind::Candles:
        break;
    }
    return m_frame;
}

KlinePage ExchangeAdapter::parseKlines(QByteArrayView body, qint64 intervalMs, qint64 closedBeforeMs)
{
    KlinePage page;
    const QString context = QStringLiteral("%1 klines response").arg(m_name);
    if (intervalMs <= 0) {
        page.error = QStringLiteral("%1: interval %2 ms is not positive").arg(context).arg(intervalMs);
        return page;
    }
    if (body.size() > kMaxKlineBodyBytes) {
        page.error = QStringLiteral("%1: %2 bytes exceed the %3-byte limit").arg(context).arg(body.size()).arg(kMaxKlineBodyBytes);
        return page;
    }
    detail::od::document doc;
    const simdjson::error_code code = m_restEngine->load(body, doc);
    detail::RestReader reader(doc, context);
    std::vector<detail::RawKlineRow> rows;
    if (code)
        reader.malformed(code);
    else if (readKlines(reader, rows, page) && !reader.bodyFailed())
        reader.expectEnd();
    if (reader.bodyFailed()) {
        page = KlinePage{};
        page.error = reader.error();
        return page;
    }

    const qint64 latestAllowed = m_clock.nowMs() + m_futureToleranceMs;
    std::vector<const detail::RawKlineRow *> valid;
    valid.reserve(rows.size());
    for (const detail::RawKlineRow &row : rows) {
        if (!row.problem.isEmpty()) {
            reject(page, row.problem);
        } else if (const auto problem = checkCandle(row.candle, intervalMs, 0, latestAllowed)) {
            reject(page, QStringLiteral("row %1: %2").arg(row.index).arg(problem->text));
        } else {
            valid.push_back(&row);
        }
    }
    // Bybit, OKX, KuCoin and Coinbase answer newest first: sort instead of trusting any order.
    std::stable_sort(valid.begin(), valid.end(), [](const auto *a, const auto *b) {
        return a->candle.openTime < b->candle.openTime;
    });
    const bool newestStaysOpen = restLimits().lastRowAlwaysOpen;
    const qint64 newest = valid.empty() ? 0 : valid.back()->candle.openTime;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (const detail::RawKlineRow *row : valid) {
        const model::Candle &candle = row->candle;
        if (candle.openTime == previous) {
            reject(page, QStringLiteral("row %1: duplicate open time %2").arg(row->index).arg(candle.openTime));
            continue;
        }
        previous = candle.openTime;
        const bool ended = candle.openTime + intervalMs <= closedBeforeMs;
        const bool closed = ended && row->confirm != 0 && !(newestStaysOpen && candle.openTime == newest);
        (closed ? page.closed : page.forming).push_back(candle);
    }
    page.ok = true;
    return page;
}

SymbolList ExchangeAdapter::parseSymbolList(QByteArrayView body)
{
    SymbolList list;
    const QString context = QStringLiteral("%1 symbol list").arg(m_name);
    if (body.size() > kMaxSymbolListBytes) {
        list.error = QStringLiteral("%1: %2 bytes exceed the %3-byte limit").arg(context).arg(body.size()).arg(kMaxSymbolListBytes);
        return list;
    }
    // A one-off parser: the list is fetched rarely and is large, so its buffers should not stay around.
    detail::JsonEngine engine;
    detail::od::document doc;
    const simdjson::error_code code = engine.load(body, doc);
    detail::RestReader reader(doc, context);
    std::vector<detail::RawListing> listings;
    if (code)
        reader.malformed(code);
    else if (readSymbolList(reader, listings) && !reader.bodyFailed())
        reader.expectEnd();
    if (reader.bodyFailed()) {
        list.error = reader.error();
        return list;
    }
    list.symbols.reserve(listings.size());
    for (const detail::RawListing &listing : listings) {
        const auto symbol = model::Symbol::parse(QString(listing.base.toUpper() + QLatin1Char('/') + listing.quote.toUpper()));
        if (!symbol) {
            ++list.skipped;
            continue;
        }
        list.symbols.push_back({*symbol, listing.native, listing.trading});
    }
    list.ok = true;
    return list;
}

QString ExchangeAdapter::endpointUrl(const QString &defaultUrl) const
{
    if (m_webSocketBaseUrl.isEmpty())
        return defaultUrl;
    const QUrl base(m_webSocketBaseUrl);
    QUrl url(defaultUrl);
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port());
    return url.toString();
}

void ExchangeAdapter::registerSymbol(const model::Symbol &symbol)
{
    const QByteArray native = nativeSymbol(symbol).toUtf8();
    m_symbols.add(std::string_view(native.constData(), size_t(native.size())), symbol);
}

ExchangeAdapter::Window ExchangeAdapter::pageWindow(qint64 fromMs, qint64 toMs, int maxRows, RestLimits::Paging paging)
{
    Window window;
    const qint64 from = floorDiv(fromMs, kMinuteMs) * kMinuteMs;
    const qint64 to = floorDiv(toMs, kMinuteMs) * kMinuteMs;
    if (to < from || maxRows <= 0)
        return window;
    const qint64 total = (to - from) / kMinuteMs + 1;
    window.rows = int(std::min<qint64>(total, maxRows));
    const qint64 span = qint64(window.rows - 1) * kMinuteMs;
    if (paging == RestLimits::Paging::Forward) {
        window.fromMs = from;
        window.toMs = from + span;
    } else {
        window.fromMs = to - span;
        window.toMs = to;
    }
    return window;
}

} // namespace cl::market
