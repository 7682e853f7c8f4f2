#pragma once

#include "portfolio/trade.h"
#include "portfolio/tradedraft.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace cl::ui {

// A new trade (blank or prefilled from a signal's TradeDraft) or the edit of a stored one. A new trade with an
// entry price and quantity gets its entry fill; an edit changes the trade's own fields, never its fills.
// Zero in the stop and target fields means "none".
class TradeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TradeDialog(QWidget *parent = nullptr);

    void setDraft(const portfolio::TradeDraft &draft);
    void setTrade(const portfolio::Trade &trade);   // edit mode
    void setBalance(double balance) { m_balance = balance; updateRisk(); }
    void setEntryTime(qint64 ms);
    bool isEdit() const { return m_edit.has_value(); }

    // The trade as entered; nullopt with *error naming the field when something is missing or wrong.
    std::optional<portfolio::Trade> trade(qint64 portfolioId, QString *error) const;

    // For tests and the lead's wiring.
    QLineEdit *symbolEdit() const { return m_symbol; }
    QDoubleSpinBox *quantityEdit() const { return m_quantity; }
    QDoubleSpinBox *entryEdit() const { return m_entry; }
    QDoubleSpinBox *stopEdit() const { return m_stop; }
    QDoubleSpinBox *targetEdit() const { return m_target; }
    QComboBox *exchangeBox() const { return m_exchange; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *timeframeBox() const { return m_timeframe; }
    QComboBox *patternBox() const { return m_pattern; }
    QString riskText() const;

private:
    void updateRisk();
    void selectExchange(const QString &code);
    void done(int result) override;

    std::optional<portfolio::Trade> m_edit;
    portfolio::TradeDraft m_draft;
    double m_balance = 0.0;
    QComboBox *m_exchange;
    QLineEdit *m_symbol;
    QComboBox *m_direction;
    QDoubleSpinBox *m_entry;
    QDoubleSpinBox *m_quantity;
    QDoubleSpinBox *m_fee;
    QDateTimeEdit *m_time;
    QDoubleSpinBox *m_stop;
    QDoubleSpinBox *m_target;
    QLabel *m_targets;
    QComboBox *m_timeframe;
    QComboBox *m_pattern;
    QLineEdit *m_tags;
    QLabel *m_risk;
};

} // namespace cl::ui
