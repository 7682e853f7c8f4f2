#include "symbollistfetcher.h"

#include "market/adapterfactory.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent>

#include <memory>

Q_LOGGING_CATEGORY(lcSymbolLists, "cryptolens.app.symbols")

namespace cl::app {

SymbolListFetcher::SymbolListFetcher(const model::Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
}

void SymbolListFetcher::setRestBaseUrl(model::ExchangeId exchange, const QString &url)
{
    m_baseUrls.insert(int(exchange), url);
}

void SymbolListFetcher::fetch(model::ExchangeId exchange)
{
    if (m_inFlight.contains(int(exchange)))
        return;
    std::shared_ptr<market::ExchangeAdapter> adapter = market::createExchangeAdapter(exchange, m_clock);
    if (!adapter)
        return;
    if (m_baseUrls.contains(int(exchange)))
        adapter->setRestBaseUrl(m_baseUrls.value(int(exchange)));
    const market::RestRequest request = adapter->symbolListRequest();
    if (request.isNull())
        return;
    m_inFlight.insert(int(exchange));
    QNetworkRequest networkRequest{QUrl(request.url)};
    networkRequest.setTransferTimeout(30'000);
    QNetworkReply *reply = request.method == "POST" ? m_network.post(networkRequest, request.body)
                                                    : m_network.get(networkRequest);
    connect(reply, &QNetworkReply::finished, this, [this, reply, adapter, exchange] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            m_inFlight.remove(int(exchange));
            market::SymbolList failed;
            failed.error = reply->errorString();
            qCWarning(lcSymbolLists).noquote()
                << model::exchangeDisplayName(exchange) << "symbol list not available:" << failed.error;
            emit fetched(exchange, failed);
            return;
        }
        const QByteArray body = reply->readAll();
        auto *watcher = new QFutureWatcher<market::SymbolList>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, exchange] {
            watcher->deleteLater();
            m_inFlight.remove(int(exchange));
            const market::SymbolList list = watcher->result();
            qCInfo(lcSymbolLists).noquote() << model::exchangeDisplayName(exchange) << "lists"
                                            << list.symbols.size() << "symbols" << list.error;
            emit fetched(exchange, list);
        });
        watcher->setFuture(QtConcurrent::run([adapter, body] { return adapter->parseSymbolList(body); }));
    });
}

} // namespace cl::app
