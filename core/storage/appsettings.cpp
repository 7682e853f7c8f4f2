#include "appsettings.h"

#include "datalocation.h"

#include <QDir>

namespace cl::storage {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kStateVersion = QStringLiteral("window/stateVersion");
const QString kExchange = QStringLiteral("candles/exchange");
const QString kSymbol = QStringLiteral("candles/symbol");
const QString kTimeframe = QStringLiteral("candles/timeframe");
const QString kLogLevel = QStringLiteral("log/level");
} // namespace

AppSettings::AppSettings(const QString &dataDirOverride)
{
    if (dataDirOverride.isEmpty()) {
        m_settings = std::make_unique<QSettings>();
    } else {
        const QString dir = DataLocation::resolve(dataDirOverride);
        QDir().mkpath(dir);
        m_settings = std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("cryptolens.ini")), QSettings::IniFormat);
    }
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

int AppSettings::windowStateVersion() const
{
    return m_settings->value(kStateVersion, 0).toInt();
}

void AppSettings::setWindowState(const QByteArray &state, int version)
{
    m_settings->setValue(kState, state);
    m_settings->setValue(kStateVersion, version);
}

QString AppSettings::lastExchange() const
{
    return m_settings->value(kExchange, QStringLiteral("binance")).toString();
}

QString AppSettings::lastSymbol() const
{
    return m_settings->value(kSymbol, QStringLiteral("BTC/USDT")).toString();
}

QString AppSettings::lastTimeframe() const
{
    return m_settings->value(kTimeframe, QStringLiteral("1h")).toString();
}

void AppSettings::setLastSelection(const QString &exchange, const QString &symbol, const QString &timeframe)
{
    m_settings->setValue(kExchange, exchange);
    m_settings->setValue(kSymbol, symbol);
    m_settings->setValue(kTimeframe, timeframe);
}

QString AppSettings::logLevel() const
{
    const QString level = m_settings->value(kLogLevel, QStringLiteral("info")).toString();
    return level == QLatin1String("debug") ? level : QStringLiteral("info");
}

void AppSettings::setLogLevel(const QString &level)
{
    m_settings->setValue(kLogLevel, level);
}

} // namespace cl::storage
