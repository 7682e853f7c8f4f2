#pragma once


#include <QByteArray>
#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace cl::storage {

// Typed access to the user's preferences over QSettings, each key with its default in one place.
// With --data-dir the settings live in DIR/cryptolens.ini, so a test or a portable install never
// touches the user's real preferences.
class AppSettings
{
public:
    explicit AppSettings(const QString &dataDirOverride = {});

    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

    // Main window layout: geometry and dock state, tagged with the layout version that wrote them.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    int windowStateVersion() const;
    void setWindowState(const QByteArray &state, int version);

    // The candle browser's last selection.
    QString lastExchange() const;
    QString lastSymbol() const;
    QString lastTimeframe() const;
    void setLastSelection(const QString &exchange, const QString &symbol, const QString &timeframe);

    // Log verbosity: "info" (default) or "debug".
    QString logLevel() const;
    void setLogLevel(const QString &level);

    // --- Appearance ---
    // "dark" (default) or "light".
    QString theme() const;
    void setTheme(const QString &theme);
    // Point size of the application font; 0 keeps the platform's size.
    int fontPointSize() const;
    void setFontPointSize(int points);
    // "" follows the system, otherwise "en", "de", "es" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList supportedLanguages();
    // The chart's time axis in UTC (default) or the local time zone.
    bool timeAxisUtc() const;
    void setTimeAxisUtc(bool utc);
    // The indicator periods of new charts, as the chart's IndicatorParameters map (ui/chart, which checks
    // every value and keeps its default for a missing or unusable one); empty: the built-in defaults.
    // Numbers read back from the INI file come as strings.
    QVariantMap chartIndicatorDefaults() const;
    void setChartIndicatorDefaults(const QVariantMap &parameters);

    // --- Behaviour ---
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    // Whether a newly watched symbol records its raw trades besides the candles (spec/feeds.md).
    bool recordRawTradesByDefault() const;
    void setRecordRawTradesByDefault(bool enabled);
    // Days per year the portfolio metrics annualize with (spec/metrics.md: 365, 252 for stock-like).
    int annualizationDays() const;
    void setAnnualizationDays(int days);
    // The journal's pre-trade checklist items; empty: the journal's own default list.
    QStringList preTradeChecklist() const;
    void setPreTradeChecklist(const QStringList &items);
    // The analysis thresholds of spec/patterns.md as stored, by name (analysis::AnalysisSettings::toVariantMap /
    // fromVariantMap read and check them: storage does not know what they mean).
    QVariantMap analysisValues() const;
    void setAnalysisValues(const QVariantMap &values);

    // --- Shortcuts: action objectName -> portable key sequence text; absent = the built-in shortcut ---
    QMap<QString, QString> shortcuts() const;
    void setShortcuts(const QMap<QString, QString> &shortcuts);

    // --- Named layouts: the saveState of each, tagged with the layout version like the window state ---
    QStringList layoutNames() const;
    QByteArray namedLayout(const QString &name, int *version = nullptr) const;
    void setNamedLayout(const QString &name, const QByteArray &state, int version);
    void removeNamedLayout(const QString &name);

    // --- Open charts: one map per chart (exchange, symbol, timeframe, indicators ...), in order ---
    QList<QVariantMap> chartStates() const;
    void setChartStates(const QList<QVariantMap> &charts);

    // Raw access for the settings of other modules that have no typed accessor yet.
    QVariant value(const QString &key, const QVariant &fallback = {}) const { return m_settings->value(key, fallback); }
    void setValue(const QString &key, const QVariant &value) { m_settings->setValue(key, value); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cl::storage
