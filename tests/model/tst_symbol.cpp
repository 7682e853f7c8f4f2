#include "model/symbol.h"

#include <QTest>

using cl::model::ExchangeId;
using cl::model::Symbol;

class TstSymbol : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *ok : {"BTC/USDT", "ETH/BTC", "1INCH/USDT", "AB/CD", "ABCDEFGHIJ/USDT", "SOL/ABCDEFGHIJ", "X2Y2/EUR"})
            QTest::newRow(ok) << QString::fromLatin1(ok);
    }
    void accepts()
    {
        QFETCH(QString, text);
        QString error;
        const auto symbol = Symbol::parse(text, &error);
        QVERIFY2(symbol.has_value(), qPrintable(error));
        QCOMPARE(symbol->toString(), text);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "BTCUSDT", "btc/usdt", "BTC/usdt", "B/USDT", "BTC/U", "ABCDEFGHIJK/USDT",
                                "BTC/ABCDEFGHIJK", "BTC-USDT", "BTC/USDT/EUR", "BTC /USDT", "BTC/", "/USDT",
                                "BTC/US-D", "ÄBC/USDT", "BTC/USDT "})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!Symbol::parse(text, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void nativeForms_data()
    {
        QTest::addColumn<ExchangeId>("exchange");
        QTest::addColumn<QString>("native");
        QTest::newRow("binance") << ExchangeId::Binance << "BTCUSDT";
        QTest::newRow("bybit") << ExchangeId::Bybit << "BTCUSDT";
        QTest::newRow("okx") << ExchangeId::Okx << "BTC-USDT";
        QTest::newRow("kucoin") << ExchangeId::Kucoin << "BTC-USDT";
        QTest::newRow("coinbase") << ExchangeId::Coinbase << "BTC-USDT";
        QTest::newRow("kraken") << ExchangeId::Kraken << "BTC/USDT";
    }
    void nativeForms()
    {
        QFETCH(ExchangeId, exchange);
        QFETCH(QString, native);
        const Symbol btc = *Symbol::parse(u"BTC/USDT");
        QCOMPARE(btc.nativeFor(exchange), native);
        const auto back = Symbol::fromNative(exchange, native);
        QVERIFY(back.has_value());
        QCOMPARE(*back, btc);
    }

    void concatenatedFormsSplitAtKnownQuote()
    {
        QCOMPARE(Symbol::fromNative(ExchangeId::Binance, u"ethbtc")->toString(), QStringLiteral("ETH/BTC"));
        QCOMPARE(Symbol::fromNative(ExchangeId::Binance, u"SOLFDUSD")->toString(), QStringLiteral("SOL/FDUSD"));
        QVERIFY(!Symbol::fromNative(ExchangeId::Binance, u"USDT").has_value());
        QVERIFY(!Symbol::fromNative(ExchangeId::Binance, u"FOOBAR").has_value());
    }
};

QTEST_APPLESS_MAIN(TstSymbol)
#include "tst_symbol.moc"
