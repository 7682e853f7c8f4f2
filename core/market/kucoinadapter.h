#pragma once

#include "exchangeadapter.h"

#include <string_view>

namespace cl::market {

// KuCoin spot (spec/feeds.md "KuCoin"): a fresh token from POST /api/v1/bullet-public before every connect,
// then wss://<endpoint>/?token=..&connectId=..; wait for "welcome"; /market/match and /market/candles topics
// with up to 100 symbols each; JSON ping every pingInterval. Times in nanoseconds (WS) and seconds (REST),
// candle arrays ordered [time, open, CLOSE, HIGH, LOW, volume, turnover], no closed flag.
class KucoinAdapter final : public ExchangeAdapter
{
public:
    static constexpr int kMaxTopicsPerMessage = 100;
    static constexpr int kMaxTopicsPerConnection = 300;
    static constexpr int kKlineLimit = 1500;
    static constexpr int kDefaultPingIntervalMs = 18'000;
    static constexpr int kDefaultPingTimeoutMs = 10'000;

    explicit KucoinAdapter(const model::Clock &clock);

    std::vector<Endpoint> endpoints() const override;
    std::vector<QByteArray> subscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    std::vector<QByteArray> unsubscribeFrames(const Endpoint &endpoint, std::span<const model::Symbol> symbols) override;
    SubscribeLimits subscribeLimits() const override;
    // From the latest parsed token (pingInterval, pingInterval + pingTimeout), else the documented defaults.
    KeepAlive keepAlive() const override;
    QByteArray pingFrame() override;
    CandleCloseRule candleCloseRule() const override;

    bool needsConnectToken() const override { return true; }
    RestRequest connectTokenRequest() const override;
    std::optional<ConnectToken> parseConnectToken(QByteArrayView body, QString *error) override;
    QString connectUrl(const ConnectToken &token, QStringView connectId) const override;

    RestLimits restLimits() const override;
    RestRequest klineRequest(const model::Symbol &symbol, qint64 fromMs, qint64 toMs) const override;
    RestRequest symbolListRequest() const override;

    // "1min" -> 60000, "1hour", "1day", "1week"; months give nothing.
    static std::optional<qint64> intervalMs(std::string_view code);

protected:
    void parseJsonFrame(detail::FrameReader &reader) override;
    bool readKlines(detail::RestReader &reader, std::vector<detail::RawKlineRow> &rows, KlinePage &page) override;
    bool readSymbolList(detail::RestReader &reader, std::vector<detail::RawListing> &listings) override;

private:
    std::vector<QByteArray> commandFrames(const char *type, std::span<const model::Symbol> symbols, bool response);

    int m_pingIntervalMs = kDefaultPingIntervalMs;
    int m_pingTimeoutMs = kDefaultPingTimeoutMs;
};

} // namespace cl::market
