#include "alerteditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cl::ui {

AlertEditorDialog::AlertEditorDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Alert"));
    buildForm();
    updateVisibleRows();
}

void AlertEditorDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("(from the condition)"));
    m_type = new QComboBox;
    const std::pair<alerts::AlertType, QString> types[] = {{alerts::AlertType::PriceAbove, tr("Price crosses above")},
        {alerts::AlertType::PriceBelow, tr("Price crosses below")}, {alerts::AlertType::PctChange, tr("% change over a window")},
        {alerts::AlertType::VolumeSpike, tr("Volume spike")}, {alerts::AlertType::RsiAbove, tr("RSI above")},
        {alerts::AlertType::RsiBelow, tr("RSI below")}, {alerts::AlertType::Pattern, tr("New pattern")},
        {alerts::AlertType::PatternZone, tr("Pattern zone touched / filled")}, {alerts::AlertType::Signal, tr("Signal")},
        {alerts::AlertType::FeedDisconnected, tr("Feed disconnected")}};
    for (const auto &[type, label] : types)
        m_type->addItem(label, int(type));
    m_exchange = new QComboBox;
    for (const model::ExchangeId id : model::allExchangeIds())
        m_exchange->addItem(model::exchangeDisplayName(id), int(id));
    m_symbols = new QLineEdit;
    m_symbols->setPlaceholderText(tr("BTC/USDT, ETH/USDT"));
    m_watchlist = new QLineEdit;
    m_timeframe = new QComboBox;
    for (const model::Timeframe tf : model::Timeframe::all())
        m_timeframe->addItem(tf.toString(), tf.index());
    m_level = new QDoubleSpinBox;
    m_level->setRange(0, 1e9);
    m_level->setDecimals(8);
    m_pct = new QDoubleSpinBox;
    m_pct->setRange(-99, 1000);
    m_pct->setDecimals(2);
    m_pct->setSuffix(QStringLiteral(" %"));
    m_window = new QSpinBox;
    m_window->setRange(1, 7 * 24 * 3600);
    m_window->setValue(300);
    m_window->setSuffix(tr(" s"));
    m_volumeMode = new QComboBox;
    m_volumeMode->addItem(tr("ratio to the volume SMA"), int(alerts::VolumeMode::Ratio));
    m_volumeMode->addItem(tr("z-score"), int(alerts::VolumeMode::ZScore));
    m_threshold = new QDoubleSpinBox;
    m_threshold->setRange(0, 1000);
    m_threshold->setValue(3);
    m_period = new QSpinBox;
    m_period->setRange(0, 1000);
    m_period->setSpecialValueText(tr("default"));
    m_patternType = new QComboBox;
    m_patternType->addItem(tr("any"), -1);
    for (int i = 0; i < model::kPatternTypeCount; ++i)
        m_patternType->addItem(QLatin1String(model::patternTypeCode(model::PatternType(i))), i);
    m_direction = new QComboBox;
    m_direction->addItem(tr("any"), -1);
    m_direction->addItem(tr("bullish"), int(model::Direction::Bullish));
    m_direction->addItem(tr("bearish"), int(model::Direction::Bearish));
    m_zoneEvent = new QComboBox;
    m_zoneEvent->addItem(tr("touched"), int(alerts::ZoneEvent::Touched));
    m_zoneEvent->addItem(tr("filled"), int(alerts::ZoneEvent::Filled));
    m_minScore = new QSpinBox;
    m_minScore->setRange(1, 20);
    m_minScore->setValue(3);
    m_seconds = new QSpinBox;
    m_seconds->setRange(1, 24 * 3600);
    m_seconds->setValue(60);
    m_seconds->setSuffix(tr(" s"));
    m_rearm = new QCheckBox(tr("Re-arm after firing"));
    m_cooldown = new QSpinBox;
    m_cooldown->setRange(0, 7 * 24 * 3600);
    m_cooldown->setSuffix(tr(" s"));
    m_hoursOn = new QCheckBox(tr("Only between (UTC)"));
    m_from = new QTimeEdit(QTime(8, 0));
    m_to = new QTimeEdit(QTime(20, 0));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_hoursOn);
    hours->addWidget(m_from);
    hours->addWidget(m_to);
    m_expiresOn = new QCheckBox(tr("Expires"));
    m_expires = new QDateTimeEdit;
    m_expires->setObjectName(QStringLiteral("alertExpiry"));
    m_expires->setTimeSpec(Qt::UTC);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiresOn);
    expiry->addWidget(m_expires);
    m_sound = new QComboBox;
    m_sound->addItem(tr("silent"), QString());
    m_sound->addItem(tr("beep"), QStringLiteral("beep"));
    m_channels = new QLineEdit;
    m_channels->setPlaceholderText(tr("push channels, e.g. ntfy"));

    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Condition:"), m_type);
    m_form->addRow(tr("Exchange:"), m_exchange);
    m_form->addRow(tr("Symbols:"), m_symbols);
    m_form->addRow(tr("Watchlist:"), m_watchlist);
    m_form->addRow(tr("Timeframe:"), m_timeframe);
    m_form->addRow(tr("Level:"), m_level);
    m_form->addRow(tr("Change:"), m_pct);
    m_form->addRow(tr("Window:"), m_window);
    m_form->addRow(tr("Measure:"), m_volumeMode);
    m_form->addRow(tr("Threshold:"), m_threshold);
    m_form->addRow(tr("Period:"), m_period);
    m_form->addRow(tr("Pattern:"), m_patternType);
    m_form->addRow(tr("Direction:"), m_direction);
    m_form->addRow(tr("Zone:"), m_zoneEvent);
    m_form->addRow(tr("Minimum score:"), m_minScore);
    m_form->addRow(tr("Down for more than:"), m_seconds);
    m_form->addRow(QString(), m_rearm);
    m_form->addRow(tr("Cooldown:"), m_cooldown);
    m_form->addRow(tr("Active hours:"), hours);
    m_form->addRow(tr("Expiry:"), expiry);
    m_form->addRow(tr("Sound:"), m_sound);
    m_form->addRow(tr("Push:"), m_channels);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("alertEditorError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AlertEditorDialog::updateVisibleRows);
    connect(m_rearm, &QCheckBox::toggled, this, &AlertEditorDialog::updateVisibleRows);
}

void AlertEditorDialog::updateVisibleRows()
{
    using T = alerts::AlertType;
    const auto type = T(m_type->currentData().toInt());
    const bool price = type == T::PriceAbove || type == T::PriceBelow;
    const bool rsi = type == T::RsiAbove || type == T::RsiBelow;
    const bool pattern = type == T::Pattern || type == T::PatternZone;
    const bool feed = type == T::FeedDisconnected;
    m_form->setRowVisible(m_symbols, !feed);
    m_form->setRowVisible(m_watchlist, !feed);
    m_form->setRowVisible(m_timeframe, alerts::usesTimeframe(type));
    m_form->setRowVisible(m_level, price || rsi);
    m_form->setRowVisible(m_pct, type == T::PctChange);
    m_form->setRowVisible(m_window, type == T::PctChange);
    m_form->setRowVisible(m_volumeMode, type == T::VolumeSpike);
    m_form->setRowVisible(m_threshold, type == T::VolumeSpike);
    m_form->setRowVisible(m_period, type == T::VolumeSpike || rsi);
    m_form->setRowVisible(m_patternType, pattern);
    m_form->setRowVisible(m_direction, pattern || type == T::Signal);
    m_form->setRowVisible(m_zoneEvent, type == T::PatternZone);
    m_form->setRowVisible(m_minScore, type == T::Signal);
    m_form->setRowVisible(m_seconds, feed);
    m_cooldown->setEnabled(m_rearm->isChecked());
}

void AlertEditorDialog::setCombo(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void AlertEditorDialog::setRule(const alerts::AlertRule &rule)
{
    m_original = rule;
    m_name->setText(rule.name);
    setCombo(m_type, int(rule.type));
    QStringList symbols;
    for (const alerts::SymbolRef &ref : rule.scope.symbols)
        symbols << ref.symbol.toString();
    if (!rule.scope.symbols.empty())
        setCombo(m_exchange, int(rule.scope.symbols.front().exchange));
    else if (!rule.scope.exchanges.empty())
        setCombo(m_exchange, int(rule.scope.exchanges.front()));
    m_symbols->setText(symbols.join(QStringLiteral(", ")));
    m_watchlist->setText(rule.scope.watchlist);
    setCombo(m_timeframe, rule.timeframe().index());
    m_level->setValue(rule.params.level);
    m_pct->setValue(rule.params.pct);
    m_window->setValue(int(std::max<qint64>(1, rule.params.windowMs / 1000)));
    setCombo(m_volumeMode, int(rule.params.volumeMode));
    m_threshold->setValue(rule.params.threshold);
    m_period->setValue(rule.params.period);
    setCombo(m_patternType, rule.params.patternType ? int(*rule.params.patternType) : -1);
    setCombo(m_direction, rule.params.direction ? int(*rule.params.direction) : -1);
    setCombo(m_zoneEvent, int(rule.params.zoneEvent));
    m_minScore->setValue(std::max(1, rule.params.minScore));
    m_seconds->setValue(int(std::max<qint64>(1, rule.params.disconnectedMs / 1000)));
    m_rearm->setChecked(rule.options.rearm);
    m_cooldown->setValue(int(rule.options.cooldownMs / 1000));
    const bool hours = rule.options.activeFromMinute >= 0 && rule.options.activeToMinute >= 0;
    m_hoursOn->setChecked(hours);
    if (hours) {
        m_from->setTime(QTime(rule.options.activeFromMinute / 60, rule.options.activeFromMinute % 60));
        m_to->setTime(QTime(rule.options.activeToMinute / 60, rule.options.activeToMinute % 60));
    }
    m_expiresOn->setChecked(rule.expiresAt > 0);
    if (rule.expiresAt > 0)
        m_expires->setDateTime(QDateTime::fromMSecsSinceEpoch(rule.expiresAt, Qt::UTC));
    setCombo(m_sound, rule.options.sound);
    m_channels->setText(rule.options.channels.join(QStringLiteral(", ")));
    updateVisibleRows();
}

void AlertEditorDialog::prefill(model::ExchangeId exchange, const model::Symbol &symbol, double price, std::optional<double> lastPrice)
{
    alerts::AlertRule rule;
    rule.type = lastPrice && price < *lastPrice ? alerts::AlertType::PriceBelow : alerts::AlertType::PriceAbove;
    rule.scope.symbols.push_back({exchange, symbol});
    rule.params.level = price;
    rule.options.sound = QStringLiteral("beep");
    setRule(rule);
}

alerts::AlertRule AlertEditorDialog::rule() const
{
    alerts::AlertRule rule = m_original;
    rule.type = alerts::AlertType(m_type->currentData().toInt());
    rule.scope = {};
    const auto exchange = model::ExchangeId(m_exchange->currentData().toInt());
    const bool feed = rule.type == alerts::AlertType::FeedDisconnected;
    if (feed) {
        rule.scope.exchanges.push_back(exchange);
    } else {
        for (const QString &text : m_symbols->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto symbol = model::Symbol::parse(text.trimmed().toUpper()))
                rule.scope.symbols.push_back({exchange, *symbol});
        }
        rule.scope.watchlist = m_watchlist->text().trimmed();
    }
    if (alerts::usesTimeframe(rule.type))
        rule.scope.timeframe = model::Timeframe::all()[size_t(m_timeframe->currentData().toInt())];
    rule.params = {};
    rule.params.level = m_level->value();
    rule.params.pct = m_pct->value();
    rule.params.windowMs = m_window->value() * 1000LL;
    rule.params.volumeMode = alerts::VolumeMode(m_volumeMode->currentData().toInt());
    rule.params.threshold = m_threshold->value();
    rule.params.period = m_period->value();
    if (m_patternType->currentData().toInt() >= 0)
        rule.params.patternType = model::PatternType(m_patternType->currentData().toInt());
    if (m_direction->currentData().toInt() >= 0)
        rule.params.direction = model::Direction(m_direction->currentData().toInt());
    rule.params.zoneEvent = alerts::ZoneEvent(m_zoneEvent->currentData().toInt());
    rule.params.minScore = m_minScore->value();
    rule.params.disconnectedMs = m_seconds->value() * 1000LL;
    rule.options.rearm = m_rearm->isChecked();
    rule.options.cooldownMs = rule.options.rearm ? m_cooldown->value() * 1000LL : 0;
    rule.options.activeFromMinute = m_hoursOn->isChecked() ? m_from->time().hour() * 60 + m_from->time().minute() : -1;
    rule.options.activeToMinute = m_hoursOn->isChecked() ? m_to->time().hour() * 60 + m_to->time().minute() : -1;
    rule.expiresAt = m_expiresOn->isChecked() ? m_expires->dateTime().toMSecsSinceEpoch() : 0;
    rule.options.sound = m_sound->currentData().toString();
    rule.options.channels.clear();
    for (const QString &channel : m_channels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        rule.options.channels << channel.trimmed();
    rule.name = m_name->text().trimmed().isEmpty() ? rule.describe() : m_name->text().trimmed();
    return rule;
}

void AlertEditorDialog::setNowMs(qint64 nowMs)
{
    if (!m_expiresOn->isChecked())
        m_expires->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addDays(7));
}

QString AlertEditorDialog::errorText() const { return m_error->text(); }

void AlertEditorDialog::accept()
{
    // A symbol that does not parse is named here: rule() drops it, validate() would only say "no symbol".
    for (const QString &text : m_symbols->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString why;
        if (m_symbols->isVisibleTo(this) && !model::Symbol::parse(text.trimmed().toUpper(), &why)) {
            m_error->setText(tr("Symbol '%1': %2").arg(text.trimmed(), why));
            return;
        }
    }
    const QString invalid = rule().validate();
    if (!invalid.isEmpty()) {
        m_error->setText(invalid);
        return;
    }
    m_error->clear();
    QDialog::accept();
}

} // namespace cl::ui
