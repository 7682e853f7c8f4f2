#pragma once

#include "market/adaptertypes.h"
#include "model/clock.h"
#include "model/exchangeid.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>

namespace cl::app {

// Fetches an exchange's list of tradable symbols over its public REST endpoint (the adapter's
// symbolListRequest) for the watchlist's search and validation. The body (Binance's exchangeInfo is tens of
// megabytes) is parsed on a pool thread; one request per exchange at a time.
class SymbolListFetcher : public QObject
{
    Q_OBJECT

public:
    explicit SymbolListFetcher(const model::Clock &clock, QObject *parent = nullptr);

    // Points an exchange's REST requests elsewhere (the demo's local exchange).
    void setRestBaseUrl(model::ExchangeId exchange, const QString &url);

public slots:
    void fetch(cl::model::ExchangeId exchange);

signals:
    void fetched(cl::model::ExchangeId exchange, const cl::market::SymbolList &list);

private:
    const model::Clock &m_clock;
    QNetworkAccessManager m_network;
    QHash<int, QString> m_baseUrls;
    QSet<int> m_inFlight;
};

} // namespace cl::app
