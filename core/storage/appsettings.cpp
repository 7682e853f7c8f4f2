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

namespace cl::storage {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kFontSize = QStringLiteral("appearance/fontPointSize");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kTimeAxisUtc = QStringLiteral("appearance/timeAxisUtc");
const QString kChartIndicators = QStringLiteral("chart/indicatorDefaults");
const QString kCloseToTray = QStringLiteral("behaviour/closeToTray");
const QString kRecordTrades = QStringLiteral("behaviour/recordRawTrades");
const QString kAnnualization = QStringLiteral("portfolio/annualizationDays");
const QString kChecklist = QStringLiteral("journal/preTradeChecklist");
const QString kShortcuts = QStringLiteral("shortcuts");
const QString kLayouts = QStringLiteral("layouts");
const QString kCharts = QStringLiteral("charts");
const QString kAnalysis = QStringLiteral("analysis");

} // namespace

QString AppSettings::theme() const
{
    return m_settings->value(kTheme).toString() == QLatin1String("light") ? QStringLiteral("light") : QStringLiteral("dark");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(kTheme, theme);
}

int AppSettings::fontPointSize() const
{
    const int size = m_settings->value(kFontSize, 0).toInt();
    return size >= 6 && size <= 32 ? size : 0;
}

void AppSettings::setFontPointSize(int points)
{
    m_settings->setValue(kFontSize, points);
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(kLanguage).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

bool AppSettings::timeAxisUtc() const
{
    return m_settings->value(kTimeAxisUtc, true).toBool();
}

void AppSettings::setTimeAxisUtc(bool utc)
{
    m_settings->setValue(kTimeAxisUtc, utc);
}

QVariantMap AppSettings::chartIndicatorDefaults() const
{
    QVariantMap parameters;
    m_settings->beginGroup(kChartIndicators);
    for (const QString &key : m_settings->childKeys())
        parameters.insert(key, m_settings->value(key));
    m_settings->endGroup();
    return parameters;
}

void AppSettings::setChartIndicatorDefaults(const QVariantMap &parameters)
{
    m_settings->remove(kChartIndicators);
    m_settings->beginGroup(kChartIndicators);
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
}

bool AppSettings::closeToTray() const
{
    return m_settings->value(kCloseToTray, false).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    m_settings->setValue(kCloseToTray, enabled);
}

bool AppSettings::recordRawTradesByDefault() const
{
    return m_settings->value(kRecordTrades, false).toBool();
}

void AppSettings::setRecordRawTradesByDefault(bool enabled)
{
    m_settings->setValue(kRecordTrades, enabled);
}

int AppSettings::annualizationDays() const
{
    const int days = m_settings->value(kAnnualization, 365).toInt();
    return days >= 1 && days <= 366 ? days : 365;
}

void AppSettings::setAnnualizationDays(int days)
{
    m_settings->setValue(kAnnualization, days);
}

QStringList AppSettings::preTradeChecklist() const
{
    QStringList items;
    for (const QString &item : m_settings->value(kChecklist).toStringList())
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

void AppSettings::setPreTradeChecklist(const QStringList &items)
{
    m_settings->setValue(kChecklist, items);
}

// Flat under analysis/<name>; analysis::AnalysisSettings says what the names and values are.
QVariantMap AppSettings::analysisValues() const
{
    QVariantMap values;
    m_settings->beginGroup(kAnalysis);
    for (const QString &key : m_settings->childKeys())
        values.insert(key, m_settings->value(key));
    m_settings->endGroup();
    return values;
}

void AppSettings::setAnalysisValues(const QVariantMap &values)
{
    m_settings->beginGroup(kAnalysis);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
}

QMap<QString, QString> AppSettings::shortcuts() const
{
    QMap<QString, QString> result;
    m_settings->beginGroup(kShortcuts);
    for (const QString &key : m_settings->childKeys())
        result.insert(key, m_settings->value(key).toString());
    m_settings->endGroup();
    return result;
}

void AppSettings::setShortcuts(const QMap<QString, QString> &shortcuts)
{
    m_settings->remove(kShortcuts);
    m_settings->beginGroup(kShortcuts);
    for (auto it = shortcuts.begin(); it != shortcuts.end(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
}

QStringList AppSettings::layoutNames() const
{
    QStringList names;
    const int count = m_settings->beginReadArray(kLayouts);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        names.append(m_settings->value(QStringLiteral("name")).toString());
    }
    m_settings->endArray();
    return names;
}

QByteArray AppSettings::namedLayout(const QString &name, int *version) const
{
    QByteArray state;
    const int count = m_settings->beginReadArray(kLayouts);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        if (m_settings->value(QStringLiteral("name")).toString() == name) {
            state = m_settings->value(QStringLiteral("state")).toByteArray();
            if (version)
                *version = m_settings->value(QStringLiteral("version")).toInt();
            break;
        }
    }
    m_settings->endArray();
    return state;
}

namespace {
struct StoredLayout
{
    QString name;
    QByteArray state;
    int version;
};

QList<StoredLayout> otherLayouts(const AppSettings &settings, const QString &name)
{
    QList<StoredLayout> layouts;
    for (const QString &existing : settings.layoutNames()) {
        int version = 0;
        const QByteArray state = settings.namedLayout(existing, &version);
        if (existing != name)
            layouts.append({existing, state, version});
    }
    return layouts;
}

void writeLayouts(QSettings &settings, const QList<StoredLayout> &layouts)
{
    settings.remove(kLayouts);
    settings.beginWriteArray(kLayouts, int(layouts.size()));
    for (int i = 0; i < layouts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), layouts[i].name);
        settings.setValue(QStringLiteral("state"), layouts[i].state);
        settings.setValue(QStringLiteral("version"), layouts[i].version);
    }
    settings.endArray();
}
} // namespace

void AppSettings::setNamedLayout(const QString &name, const QByteArray &state, int version)
{
    QList<StoredLayout> layouts = otherLayouts(*this, name);
    layouts.append({name, state, version});
    writeLayouts(*m_settings, layouts);
}

void AppSettings::removeNamedLayout(const QString &name)
{
    writeLayouts(*m_settings, otherLayouts(*this, name));
}

QList<QVariantMap> AppSettings::chartStates() const
{
    QList<QVariantMap> charts;
    const int count = m_settings->beginReadArray(kCharts);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap chart;
        for (const QString &key : m_settings->childKeys())
            chart.insert(key, m_settings->value(key));
        charts.append(chart);
    }
    m_settings->endArray();
    return charts;
}

void AppSettings::setChartStates(const QList<QVariantMap> &charts)
{
    m_settings->remove(kCharts);
    m_settings->beginWriteArray(kCharts, int(charts.size()));
    for (int i = 0; i < charts.size(); ++i) {
        m_settings->setArrayIndex(i);
        for (auto it = charts[i].begin(); it != charts[i].end(); ++it)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endArray();
}

} // namespace cl::storage
