#pragma once

#include "candlechartwidget.h"
#include "model/clock.h"

#include <QVariantMap>
#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;

namespace cl::chart {

// A chart as the workstation shows it: a toolbar (symbol, timeframe with keys 1..9, indicator toggles and
// periods, log scale, snapshot) over a CandleChartWidget. Several can be open at once; each keeps its own
// state, saved and restored as a QVariantMap by whoever holds the docks or tabs.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    CandleChartWidget *chart() const { return m_chart; }
    QToolBar *toolBar() const { return m_toolBar; }

    // The symbols to choose from, as "exchange:BASE/QUOTE" (binance:BTC/USDT).
    void setSymbolChoices(const QStringList &keys);
    void setDatabasePath(const QString &path);
    void setClock(const model::Clock *clock) { m_clock = clock; }
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }
    void setTheme(const ChartTheme &theme) { m_chart->setTheme(theme); }

    // Switches series; returns false (changing nothing) when the key is not a valid exchange:symbol.
    bool setSeries(const QString &key, model::Timeframe timeframe);
    QString seriesKey() const;
    void setTimeframe(model::Timeframe timeframe);

    // The chart's indicator periods. A chart follows the defaults for new charts (the settings) until it
    // gets periods of its own from its dialog or its saved state; periods equal to the defaults count as
    // following them. setIndicatorParameters refuses (false) an invalid set.
    void setDefaultIndicatorParameters(const IndicatorParameters &defaults);
    const IndicatorParameters &defaultIndicatorParameters() const { return m_defaultParameters; }
    bool setIndicatorParameters(const IndicatorParameters &parameters);
    const IndicatorParameters &indicatorParameters() const { return m_chart->indicatorParameters(); }
    bool hasOwnIndicatorParameters() const { return m_ownParameters; }
    // Opens the chart's "Indicator settings" dialog (window-modal, not blocking); OK applies its values.
    void showIndicatorSettings();

    QVariantMap saveState() const;
    // Restores what saveState wrote; unknown or invalid values keep their current setting.
    bool restoreState(const QVariantMap &state);

    // Writes the chart as PNG (to path, or a timestamped file in the snapshot directory) and returns the
    // path written, or an empty string on failure.
    QString snapshot(const QString &path = QString());

    // The timeframes on the keys 1..9.
    static const std::array<model::Timeframe, 9> &keyTimeframes();

signals:
    void seriesChanged(const QString &key, cl::model::Timeframe timeframe);
    void snapshotTaken(const QString &path);

private:
    void buildToolBar();
    void syncControls();
    void applyIndicatorToggles();

    CandleChartWidget *m_chart = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_symbolBox = nullptr;
    QComboBox *m_timeframeBox = nullptr;
    QList<QPair<Indicator, QAction *>> m_indicatorActions;
    QAction *m_logAction = nullptr;
    QAction *m_localTimeAction = nullptr;
    QAction *m_indicatorSettingsAction = nullptr;
    IndicatorParameters m_defaultParameters;
    bool m_ownParameters = false;
    const model::Clock *m_clock = nullptr;
    QString m_snapshotDirectory;
    bool m_syncing = false;
};

} // namespace cl::chart
