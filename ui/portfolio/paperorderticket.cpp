#include "paperorderticket.h"

#include "amountspinbox.h"
#include "model/exchangeid.h"
#include "model/symbol.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace cl::ui {

using portfolio::Direction;
using portfolio::OrderType;

PaperOrderTicket::PaperOrderTicket(portfolio::PaperTradingEngine &engine, qint64 portfolioId, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_portfolioId(portfolioId)
{
    setWindowTitle(tr("Paper order"));
    auto *form = new QFormLayout(this);
    m_exchange = new QComboBox(this);
    for (const model::ExchangeId id : model::allExchangeIds()) // the simulated exchange too: the demo trades it
        m_exchange->addItem(model::exchangeDisplayName(id), model::exchangeIdToString(id));
    m_symbol = new QLineEdit(this);
    m_symbol->setPlaceholderText(QStringLiteral("BTC/USDT"));
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Buy / long"), int(Direction::Long));
    m_direction->addItem(tr("Sell / short"), int(Direction::Short));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Market"), int(OrderType::Market));
    m_type->addItem(tr("Limit"), int(OrderType::Limit));
    m_type->addItem(tr("Stop (breakout)"), int(OrderType::Stop));
    m_quantity = createAmountSpinBox(this);
    m_price = createAmountSpinBox(this);
    m_stop = createAmountSpinBox(this);
    m_target = createAmountSpinBox(this);
    m_last = new QLabel(tr("—"), this);
    const portfolio::PaperSettings costs = engine.settings(portfolioId);
    m_costs = new QLabel(tr("fee %1 % of the notional, slippage %2 bps on market and stop fills")
                             .arg(costs.feeRate * 100.0, 0, 'g', 4)
                             .arg(costs.slippageBps, 0, 'g', 4),
                         this);
    m_costs->setWordWrap(true);
    form->addRow(tr("Exchange"), m_exchange);
    form->addRow(tr("Symbol"), m_symbol);
    form->addRow(tr("Side"), m_direction);
    form->addRow(tr("Order type"), m_type);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Price / trigger"), m_price);
    form->addRow(tr("Stop loss"), m_stop);
    form->addRow(tr("Take profit"), m_target);
    form->addRow(tr("Last price"), m_last);
    form->addRow(tr("Costs"), m_costs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Place order"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PaperOrderTicket::updateFields);
    updateFields();
}

void PaperOrderTicket::updateFields()
{
    m_price->setEnabled(OrderType(m_type->currentData().toInt()) != OrderType::Market);
}

void PaperOrderTicket::setLastPrice(std::optional<double> price)
{
    m_last->setText(price ? QString::number(*price, 'g', 10) : tr("—"));
}

void PaperOrderTicket::setDraft(const portfolio::TradeDraft &draft)
{
    m_draft = draft;
    const int exchange = m_exchange->findData(draft.exchange);
    if (exchange >= 0)
        m_exchange->setCurrentIndex(exchange);
    m_symbol->setText(draft.symbol);
    m_direction->setCurrentIndex(m_direction->findData(int(draft.direction)));
    // A signal's entry is a level to wait for: a limit order there.
    m_type->setCurrentIndex(m_type->findData(int(draft.entry ? OrderType::Limit : OrderType::Market)));
    m_price->setValue(draft.entry.value_or(0.0));
    m_stop->setValue(draft.stop.value_or(0.0));
    m_target->setValue(draft.targets.empty() ? 0.0 : draft.targets.front());
}

std::optional<portfolio::PaperEntryRequest> PaperOrderTicket::request(QString *error) const
{
    const auto symbol = model::Symbol::parse(m_symbol->text().trimmed().toUpper(), error);
    if (!symbol) {
        *error = tr("Symbol: %1").arg(*error);
        return std::nullopt;
    }
    portfolio::PaperEntryRequest r;
    r.portfolioId = m_portfolioId;
    r.exchange = m_exchange->currentData().toString();
    r.symbol = symbol->toString();
    r.direction = Direction(m_direction->currentData().toInt());
    r.entryType = OrderType(m_type->currentData().toInt());
    r.quantity = m_quantity->value();
    if (r.entryType != OrderType::Market)
        r.price = m_price->value() > 0 ? std::optional<double>(m_price->value()) : std::nullopt;
    if (m_stop->value() > 0)
        r.stopLoss = m_stop->value();
    if (m_target->value() > 0)
        r.takeProfit = m_target->value();
    r.signalId = m_draft.signalId;
    r.patternId = m_draft.patternId;
    r.patternType = m_draft.patternType;
    r.timeframe = m_draft.timeframe;
    const std::optional<double> reference = r.price ? r.price : m_draft.entry;
    if (reference && r.stopLoss && (r.direction == Direction::Long ? *r.stopLoss >= *reference : *r.stopLoss <= *reference)) {
        *error = tr("Stop loss: on the wrong side of the entry");
        return std::nullopt;
    }
    if (reference && r.takeProfit && (r.direction == Direction::Long ? *r.takeProfit <= *reference : *r.takeProfit >= *reference)) {
        *error = tr("Take profit: on the wrong side of the entry");
        return std::nullopt;
    }
    return r;
}

std::optional<qint64> PaperOrderTicket::submit(QString *error)
{
    const auto r = request(error);
    if (!r)
        return std::nullopt;
    const auto id = m_engine.placeEntry(*r, error);
    if (id)
        emit placed(*id);
    return id;
}

void PaperOrderTicket::done(int result)
{
    QString error;
    if (result == QDialog::Accepted && !submit(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::done(result);
}

} // namespace cl::ui
