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

QString timeframeList(const std::vector<model::Timeframe> &timeframes)
{
    QStringList names;
    for (const model::Timeframe tf : timeframes)
        names.append(tf.toString());
    return names.join(QLatin1Char(','));
}

std::optional<std::vector<model::Timeframe>> parseTimeframeList(const QString &text)
{
    std::vector<model::Timeframe> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto tf = model::Timeframe::parse(part.trimmed());
        if (!tf)
            return std::nullopt;
        result.push_back(*tf);
    }
    return result;
}
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

// The analysis settings are stored flat under analysis/<name>; per-timeframe tables as comma lists.
analysis::AnalysisSettings AppSettings::analysisSettings() const
{
    analysis::AnalysisSettings s;
    m_settings->beginGroup(kAnalysis);
    const auto readDouble = [this](const char *key, double &target) {
        bool ok = false;
        const double v = m_settings->value(QLatin1String(key)).toDouble(&ok);
        if (ok)
            target = v;
    };
    const auto readInt = [this](const char *key, auto &target) {
        bool ok = false;
        const qlonglong v = m_settings->value(QLatin1String(key)).toLongLong(&ok);
        if (ok)
            target = decltype(+target)(v);
    };
    readDouble("minZonePct", s.minZonePct);
    readInt("orderBlockAveragePeriod", s.orderBlockAveragePeriod);
    readDouble("orderBlockStrength", s.orderBlockStrength);
    readInt("orderBlockScan", s.orderBlockScan);
    readInt("sweepFirstIndex", s.sweepFirstIndex);
    readInt("sweepSwingRadius", s.sweepSwingRadius);
    readInt("sweepLookback", s.sweepLookback);
    readDouble("sweepInvalidateSizes", s.sweepInvalidateSizes);
    readDouble("sweepFillSizes", s.sweepFillSizes);
    readInt("atrPeriod", s.atrPeriod);
    readInt("levelsWindow", s.levelsWindow);
    readInt("levelsSwingRadius", s.levelsSwingRadius);
    readInt("minConfluence", s.minConfluence);
    readInt("cooldownMs", s.cooldownMs);
    readDouble("signalAtrMultiple", s.signalAtrMultiple);
    readDouble("signalMinBufferPct", s.signalMinBufferPct);
    readDouble("minRiskPct", s.minRiskPct);
    readDouble("defaultRr", s.defaultRr);
    readInt("signalTakeProfit", s.signalTakeProfit);
    if (m_settings->contains(QStringLiteral("requireHtf")))
        s.requireHtf = m_settings->value(QStringLiteral("requireHtf")).toBool();
    if (const auto tfs = parseTimeframeList(m_settings->value(QStringLiteral("matrixTimeframes")).toString()); tfs && !tfs->empty())
        s.matrixTimeframes = *tfs;
    if (const auto tfs = parseTimeframeList(m_settings->value(QStringLiteral("htfTimeframes")).toString()); tfs && !tfs->empty())
        s.htfTimeframes = *tfs;
    const QStringList overlap = m_settings->value(QStringLiteral("overlapThreshold")).toString().split(QLatin1Char(','));
    const QStringList expiry = m_settings->value(QStringLiteral("expiryHours")).toString().split(QLatin1Char(','));
    if (overlap.size() == model::Timeframe::Count) {
        for (int i = 0; i < model::Timeframe::Count; ++i)
            s.overlapThreshold[size_t(i)] = overlap[i].toDouble();
    }
    if (expiry.size() == model::Timeframe::Count) {
        for (int i = 0; i < model::Timeframe::Count; ++i)
            s.expiryHours[size_t(i)] = expiry[i].toInt();
    }
    m_settings->endGroup();
    // A hand-edited file with an unusable value must not break the analysis: fall back to the spec.
    return s.validate().isEmpty() ? s : analysis::AnalysisSettings{};
}

void AppSettings::setAnalysisSettings(const analysis::AnalysisSettings &s)
{
    m_settings->beginGroup(kAnalysis);
    const auto put = [this](const char *key, const QVariant &value) { m_settings->setValue(QLatin1String(key), value); };
    put("minZonePct", s.minZonePct);
    put("orderBlockAveragePeriod", s.orderBlockAveragePeriod);
    put("orderBlockStrength", s.orderBlockStrength);
    put("orderBlockScan", s.orderBlockScan);
    put("sweepFirstIndex", s.sweepFirstIndex);
    put("sweepSwingRadius", s.sweepSwingRadius);
    put("sweepLookback", s.sweepLookback);
    put("sweepInvalidateSizes", s.sweepInvalidateSizes);
    put("sweepFillSizes", s.sweepFillSizes);
    put("atrPeriod", s.atrPeriod);
    put("levelsWindow", s.levelsWindow);
    put("levelsSwingRadius", s.levelsSwingRadius);
    put("minConfluence", s.minConfluence);
    put("cooldownMs", s.cooldownMs);
    put("signalAtrMultiple", s.signalAtrMultiple);
    put("signalMinBufferPct", s.signalMinBufferPct);
    put("minRiskPct", s.minRiskPct);
    put("defaultRr", s.defaultRr);
    put("signalTakeProfit", s.signalTakeProfit);
    put("requireHtf", s.requireHtf);
    put("matrixTimeframes", timeframeList(s.matrixTimeframes));
    put("htfTimeframes", timeframeList(s.htfTimeframes));
    QStringList overlap;
    QStringList expiry;
    for (int i = 0; i < model::Timeframe::Count; ++i) {
        overlap.append(QString::number(s.overlapThreshold[size_t(i)], 'g', 17));
        expiry.append(QString::number(s.expiryHours[size_t(i)]));
    }
    put("overlapThreshold", overlap.join(QLatin1Char(',')));
    put("expiryHours", expiry.join(QLatin1Char(',')));
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
