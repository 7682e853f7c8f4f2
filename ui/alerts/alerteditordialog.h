#pragma once

#include "alerts/alertrule.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace cl::ui {

// Creates or edits one alert rule: the fields of the chosen type only, the scope (symbols of one exchange
// and/or a watchlist), and the options (one-shot or re-arm with cooldown, active hours in UTC, expiry,
// sound, push channels). OK stays open with the reason shown while the rule does not validate.
// createdAt is kept from setRule(); a new rule has 0 and the caller stamps it from its Clock.
class AlertEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertEditorDialog(QWidget *parent = nullptr);

    void setRule(const alerts::AlertRule &rule);
    // "Create alert here" from the chart: price level on that symbol; above or below from the last price.
    void prefill(model::ExchangeId exchange, const model::Symbol &symbol, double price, std::optional<double> lastPrice = {});
    // "Now" from the caller's Clock: the expiry field starts a week after it.
    void setNowMs(qint64 nowMs);
    alerts::AlertRule rule() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void buildForm();
    void updateVisibleRows();
    void setCombo(QComboBox *combo, const QVariant &data);

    alerts::AlertRule m_original;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_exchange = nullptr;
    QLineEdit *m_symbols = nullptr;
    QLineEdit *m_watchlist = nullptr;
    QComboBox *m_timeframe = nullptr;
    QDoubleSpinBox *m_level = nullptr;
    QDoubleSpinBox *m_pct = nullptr;
    QSpinBox *m_window = nullptr;
    QComboBox *m_volumeMode = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_period = nullptr;
    QComboBox *m_patternType = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_zoneEvent = nullptr;
    QSpinBox *m_minScore = nullptr;
    QSpinBox *m_seconds = nullptr;
    QCheckBox *m_rearm = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QCheckBox *m_hoursOn = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QCheckBox *m_expiresOn = nullptr;
    QDateTimeEdit *m_expires = nullptr;
    QComboBox *m_sound = nullptr;
    QLineEdit *m_channels = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cl::ui
