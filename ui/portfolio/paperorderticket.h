#pragma once

#include "portfolio/papertradingengine.h"
#include "portfolio/tradedraft.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace cl::ui {

// The order ticket of a paper portfolio: market, limit or stop entry with an optional stop loss and take
// profit (placed as a one-cancels-the-other bracket once the entry fills). Prefilled from a TradeDraft.
class PaperOrderTicket : public QDialog
{
    Q_OBJECT

public:
    PaperOrderTicket(portfolio::PaperTradingEngine &engine, qint64 portfolioId, QWidget *parent = nullptr);

    void setDraft(const portfolio::TradeDraft &draft);
    void setLastPrice(std::optional<double> price);
    std::optional<portfolio::PaperEntryRequest> request(QString *error) const;
    // Places the order; the new trade's id, or nullopt with *error.
    std::optional<qint64> submit(QString *error);

    QLineEdit *symbolEdit() const { return m_symbol; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *directionBox() const { return m_direction; }
    QDoubleSpinBox *quantityEdit() const { return m_quantity; }
    QDoubleSpinBox *priceEdit() const { return m_price; }
    QDoubleSpinBox *stopEdit() const { return m_stop; }
    QDoubleSpinBox *targetEdit() const { return m_target; }

signals:
    void placed(qint64 tradeId);

private:
    void updateFields();
    void done(int result) override;

    portfolio::PaperTradingEngine &m_engine;
    qint64 m_portfolioId;
    portfolio::TradeDraft m_draft;
    QComboBox *m_exchange;
    QLineEdit *m_symbol;
    QComboBox *m_direction;
    QComboBox *m_type;
    QDoubleSpinBox *m_quantity;
    QDoubleSpinBox *m_price;
    QDoubleSpinBox *m_stop;
    QDoubleSpinBox *m_target;
    QLabel *m_costs;
    QLabel *m_last;
};

} // namespace cl::ui
