#include "chartview.h"

#include "indicatorsettingsdialog.h"
#include "model/systemclock.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace cl::chart {

namespace {
struct SeriesKey
{
    model::ExchangeId exchange;
    model::Symbol symbol;
};

std::optional<SeriesKey> parseKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto exchange = model::parseExchangeId(QStringView(key).left(colon));
    const auto symbol = model::Symbol::parse(QStringView(key).mid(colon + 1));
    if (!exchange || !symbol)
        return std::nullopt;
    return SeriesKey{*exchange, *symbol};
}
} // namespace

const std::array<model::Timeframe, 9> &ChartView::keyTimeframes()
{
    using model::Timeframe;
    static const std::array<Timeframe, 9> keys{Timeframe::M1, Timeframe::M3, Timeframe::M5, Timeframe::M15,
                                               Timeframe::M30, Timeframe::H1, Timeframe::H4, Timeframe::D1,
                                               Timeframe::W1};
    return keys;
}

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ChartView"));
    m_chart = new CandleChartWidget(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("chartToolBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_chart, 1);
    buildToolBar();
    syncControls();
}

void ChartView::buildToolBar()
{
    m_symbolBox = new QComboBox(m_toolBar);
    m_symbolBox->setEditable(true);
    m_symbolBox->setInsertPolicy(QComboBox::NoInsert);
    m_symbolBox->setMinimumContentsLength(18);
    m_symbolBox->setToolTip(tr("Symbol (exchange:BASE/QUOTE)"));
    m_toolBar->addWidget(m_symbolBox);
    connect(m_symbolBox, &QComboBox::textActivated, this, [this](const QString &key) {
        if (!setSeries(key, m_chart->timeframe()))
            syncControls();
    });

    m_timeframeBox = new QComboBox(m_toolBar);
    for (const model::Timeframe tf : model::Timeframe::all())
        m_timeframeBox->addItem(tf.toString(), tf.index());
    m_timeframeBox->setToolTip(tr("Timeframe (keys 1 to 9)"));
    m_toolBar->addWidget(m_timeframeBox);
    connect(m_timeframeBox, &QComboBox::activated, this, [this](int row) {
        setTimeframe(model::Timeframe::all()[size_t(row)]);
    });
    for (size_t k = 0; k < keyTimeframes().size(); ++k) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(int(Qt::Key_1) + int(k)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const model::Timeframe tf = keyTimeframes()[k];
        connect(action, &QAction::triggered, this, [this, tf] { setTimeframe(tf); });
        addAction(action);
    }

    m_toolBar->addSeparator();
    const auto toggle = [this](Indicator indicator, const QString &text, const QString &tip) {
        QAction *action = m_toolBar->addAction(text);
        action->setCheckable(true);
        action->setToolTip(tip);
        connect(action, &QAction::toggled, this, [this] { applyIndicatorToggles(); });
        m_indicatorActions.append({indicator, action});
    };
    toggle(Indicator::Volume, tr("Vol"), tr("Volume pane"));
    toggle(Indicator::Ema, tr("EMA"), tr("Exponential moving average"));
    toggle(Indicator::Sma, tr("SMA"), tr("Simple moving average"));
    toggle(Indicator::Bollinger, tr("BB"), tr("Bollinger bands"));
    toggle(Indicator::Rsi, tr("RSI"), tr("Relative strength index pane"));
    toggle(Indicator::Macd, tr("MACD"), tr("MACD pane"));
    m_indicatorSettingsAction = m_toolBar->addAction(tr("Indicator settings..."));
    m_indicatorSettingsAction->setObjectName(QStringLiteral("indicatorSettingsAction"));
    m_indicatorSettingsAction->setToolTip(tr("Periods of this chart's indicators"));
    connect(m_indicatorSettingsAction, &QAction::triggered, this, &ChartView::showIndicatorSettings);
    m_toolBar->addSeparator();
    m_logAction = m_toolBar->addAction(tr("Log"));
    m_logAction->setCheckable(true);
    m_logAction->setToolTip(tr("Logarithmic price scale"));
    connect(m_logAction, &QAction::toggled, m_chart, &CandleChartWidget::setLogScale);
    m_localTimeAction = m_toolBar->addAction(tr("Local time"));
    m_localTimeAction->setCheckable(true);
    m_localTimeAction->setToolTip(tr("Show times in local time instead of UTC"));
    connect(m_localTimeAction, &QAction::toggled, this, [this](bool on) {
        m_chart->setTimeZoneMode(on ? TimeZoneMode::Local : TimeZoneMode::Utc);
    });
    m_toolBar->addSeparator();
    QAction *snap = m_toolBar->addAction(tr("Snapshot"));
    snap->setToolTip(tr("Save the chart as a PNG image"));
    connect(snap, &QAction::triggered, this, [this] { snapshot(); });
}

void ChartView::syncControls()
{
    m_syncing = true;
    const QSignalBlocker symbolBlocker(m_symbolBox);
    const QSignalBlocker timeframeBlocker(m_timeframeBox);
    m_symbolBox->setEditText(seriesKey());
    m_timeframeBox->setCurrentIndex(m_chart->timeframe().index());
    for (const auto &[indicator, action] : m_indicatorActions)
        action->setChecked(m_chart->indicators().testFlag(indicator));
    m_logAction->setChecked(m_chart->isLogScale());
    m_localTimeAction->setChecked(m_chart->timeZoneMode() == TimeZoneMode::Local);
    m_syncing = false;
}

void ChartView::applyIndicatorToggles()
{
    if (m_syncing)
        return;
    Indicators enabled;
    for (const auto &[indicator, action] : m_indicatorActions) {
        if (action->isChecked())
            enabled |= indicator;
    }
    m_chart->setIndicators(enabled);
}

void ChartView::setSymbolChoices(const QStringList &keys)
{
    const QSignalBlocker blocker(m_symbolBox);
    m_symbolBox->clear();
    m_symbolBox->addItems(keys);
    m_symbolBox->setEditText(seriesKey());
}

void ChartView::setDatabasePath(const QString &path)
{
    m_chart->setDatabasePath(path);
    if (!m_chart->symbol().isNull())
        m_chart->reload();
}

bool ChartView::setSeries(const QString &key, model::Timeframe timeframe)
{
    const auto parsed = parseKey(key);
    if (!parsed)
        return false;
    m_chart->setSeries(parsed->exchange, parsed->symbol, timeframe);
    m_chart->reload();
    syncControls();
    emit seriesChanged(seriesKey(), timeframe);
    return true;
}

QString ChartView::seriesKey() const
{
    if (m_chart->symbol().isNull())
        return QString();
    return model::exchangeIdToString(m_chart->exchange()) + QLatin1Char(':') + m_chart->symbol().toString();
}

void ChartView::setTimeframe(model::Timeframe timeframe)
{
    if (m_chart->symbol().isNull()) {
        // No symbol yet: remember the timeframe for when one is chosen.
        m_chart->setSeries(m_chart->exchange(), m_chart->symbol(), timeframe);
        syncControls();
        return;
    }
    if (timeframe != m_chart->timeframe())
        setSeries(seriesKey(), timeframe);
}

void ChartView::setDefaultIndicatorParameters(const IndicatorParameters &defaults)
{
    if (!defaults.isValid())
        return;
    m_defaultParameters = defaults;
    if (!m_ownParameters)
        m_chart->setIndicatorParameters(defaults);
}

bool ChartView::setIndicatorParameters(const IndicatorParameters &parameters)
{
    if (!m_chart->setIndicatorParameters(parameters))
        return false;
    m_ownParameters = !(parameters == m_defaultParameters);
    return true;
}

void ChartView::showIndicatorSettings()
{
    auto *dialog = new IndicatorSettingsDialog(indicatorParameters(), m_defaultParameters, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setIndicatorParameters(dialog->parameters()); });
    dialog->open();
}

QVariantMap ChartView::saveState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("version"), 1);
    if (!m_chart->symbol().isNull()) {
        state.insert(QStringLiteral("exchange"), model::exchangeIdToString(m_chart->exchange()));
        state.insert(QStringLiteral("symbol"), m_chart->symbol().toString());
    }
    state.insert(QStringLiteral("timeframe"), m_chart->timeframe().toString());
    state.insert(QStringLiteral("indicators"), indicatorNames(m_chart->indicators()));
    state.insert(QStringLiteral("indicatorParameters"), indicatorParameters().toVariantMap());
    state.insert(QStringLiteral("ownIndicatorParameters"), m_ownParameters);
    state.insert(QStringLiteral("logScale"), m_chart->isLogScale());
    state.insert(QStringLiteral("timeZone"),
                 m_chart->timeZoneMode() == TimeZoneMode::Local ? QStringLiteral("local") : QStringLiteral("utc"));
    return state;
}

bool ChartView::restoreState(const QVariantMap &state)
{
    bool ok = true;
    model::Timeframe timeframe = m_chart->timeframe();
    if (state.contains(QStringLiteral("timeframe"))) {
        const auto tf = model::Timeframe::parse(state.value(QStringLiteral("timeframe")).toString());
        ok = ok && tf.has_value();
        if (tf)
            timeframe = *tf;
    }
    if (state.contains(QStringLiteral("indicators")))
        m_chart->setIndicators(indicatorsFromNames(state.value(QStringLiteral("indicators")).toStringList()));
    // A state without periods (saved before charts had them) or one that followed the defaults follows
    // the current defaults; unusable values in the map keep the defaults' value.
    if (state.contains(QStringLiteral("indicatorParameters"))
        && state.value(QStringLiteral("ownIndicatorParameters"), true).toBool()) {
        setIndicatorParameters(IndicatorParameters::fromVariantMap(
            state.value(QStringLiteral("indicatorParameters")).toMap(), m_defaultParameters));
    } else {
        m_ownParameters = false;
        m_chart->setIndicatorParameters(m_defaultParameters);
    }
    if (state.contains(QStringLiteral("logScale")))
        m_chart->setLogScale(state.value(QStringLiteral("logScale")).toBool());
    if (state.contains(QStringLiteral("timeZone")))
        m_chart->setTimeZoneMode(state.value(QStringLiteral("timeZone")).toString() == QLatin1String("local")
                                     ? TimeZoneMode::Local
                                     : TimeZoneMode::Utc);
    const QString key = state.value(QStringLiteral("exchange")).toString() + QLatin1Char(':')
        + state.value(QStringLiteral("symbol")).toString();
    if (state.contains(QStringLiteral("symbol"))) {
        const bool seriesOk = setSeries(key, timeframe);
        ok = ok && seriesOk;
        if (!seriesOk)
            setTimeframe(timeframe);
    } else {
        setTimeframe(timeframe);
    }
    syncControls();
    return ok;
}

QString ChartView::snapshot(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        QString directory = m_snapshotDirectory;
        if (directory.isEmpty())
            directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const model::Clock &clock = m_clock ? *m_clock : model::SystemClock::instance();
        const QString stamp = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString name = m_chart->symbol().isNull() ? QStringLiteral("chart") : m_chart->symbol().toString();
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        target = QDir(directory).filePath(QStringLiteral("cryptolens-%1-%2-%3.png").arg(name, m_chart->timeframe().toString(), stamp));
        QDir().mkpath(directory);
    }
    if (!m_chart->grab().save(target, "PNG"))
        return QString();
    emit snapshotTaken(target);
    return target;
}

} // namespace cl::chart
