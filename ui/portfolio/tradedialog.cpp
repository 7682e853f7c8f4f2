#include "tradedialog.h"

#include "amountspinbox.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "model/timeframe.h"
#include "portfolio/metricstext.h"
#include "portfolio/tradepnl.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimeZone>

#include <cmath>

namespace cl::ui {

using portfolio::Direction;

namespace {

std::optional<double> unlessZero(const QDoubleSpinBox *box)
{
    return box->value() > 0.0 ? std::optional<double>(box->value()) : std::nullopt;
}

} // namespace

TradeDialog::TradeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New trade"));
    auto *form = new QFormLayout(this);
    m_exchange = new QComboBox(this);
    m_exchange->addItem(tr("—"), QString()); // imported trades may not say where they were made
    for (const model::ExchangeId id : model::allExchangeIds())
        m_exchange->addItem(model::exchangeDisplayName(id), model::exchangeIdToString(id));
    m_exchange->setCurrentIndex(m_exchange->findData(m_draft.exchange));
    m_symbol = new QLineEdit(this);
    m_symbol->setPlaceholderText(QStringLiteral("BTC/USDT"));
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Long"), int(Direction::Long));
    m_direction->addItem(tr("Short"), int(Direction::Short));
    m_entry = createAmountSpinBox(this);
    m_quantity = createAmountSpinBox(this);
    m_fee = createAmountSpinBox(this);
    m_time = new QDateTimeEdit(this);
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_time->setCalendarPopup(true);
    m_stop = createAmountSpinBox(this);
    m_target = createAmountSpinBox(this);
    m_targets = new QLabel(this);
    m_timeframe = new QComboBox(this);
    m_timeframe->addItem(tr("—"), QString());
    for (const model::Timeframe tf : model::Timeframe::all())
        m_timeframe->addItem(tf.toString(), tf.toString());
    m_pattern = new QComboBox(this);
    m_pattern->setEditable(true);   // the user's own setups count as patterns too
    m_pattern->addItems({QString(), QStringLiteral("fvg"), QStringLiteral("order_block"), QStringLiteral("liquidity_sweep")});
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("comma separated"));
    m_risk = new QLabel(this);
    form->addRow(tr("Exchange"), m_exchange);
    form->addRow(tr("Symbol"), m_symbol);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Entry price"), m_entry);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Entry fee"), m_fee);
    form->addRow(tr("Entry time"), m_time);
    form->addRow(tr("Stop loss"), m_stop);
    form->addRow(tr("Take profit"), m_target);
    form->addRow(QString(), m_targets);
    form->addRow(tr("Timeframe"), m_timeframe);
    form->addRow(tr("Pattern"), m_pattern);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Risk"), m_risk);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox *box : {m_entry, m_quantity, m_stop})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TradeDialog::updateRisk);
    updateRisk();
}

void TradeDialog::setEntryTime(qint64 ms)
{
    m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

void TradeDialog::setDraft(const portfolio::TradeDraft &draft)
{
    m_draft = draft;
    setWindowTitle(tr("Log trade"));
    selectExchange(draft.exchange);
    m_symbol->setText(draft.symbol);
    m_direction->setCurrentIndex(m_direction->findData(int(draft.direction)));
    m_entry->setValue(draft.entry.value_or(0.0));
    m_stop->setValue(draft.stop.value_or(0.0));
    m_target->setValue(draft.targets.empty() ? 0.0 : draft.targets.front());
    QStringList more;
    for (size_t i = 1; i < draft.targets.size(); ++i)
        more << tr("TP%1 %2").arg(i + 1).arg(draft.targets[i], 0, 'g', 10);
    m_targets->setText(more.join(QStringLiteral(" · ")));
    const int tf = m_timeframe->findData(draft.timeframe);
    m_timeframe->setCurrentIndex(tf < 0 ? 0 : tf);
    m_pattern->setCurrentText(draft.patternType);
    updateRisk();
}

void TradeDialog::setTrade(const portfolio::Trade &trade)
{
    m_edit = trade;
    setWindowTitle(tr("Edit trade %1").arg(trade.externalId));
    selectExchange(trade.exchange);
    m_symbol->setText(trade.symbol);
    m_direction->setCurrentIndex(m_direction->findData(int(trade.direction)));
    const portfolio::TradeResult r = portfolio::TradePnl::evaluate(trade);
    m_entry->setValue(r.entryPrice);
    m_quantity->setValue(r.quantity);
    // The fills are the truth of a stored trade: they are edited as fills, not here.
    for (QWidget *w : std::initializer_list<QWidget *>{m_entry, m_quantity, m_fee, m_time})
        w->setEnabled(false);
    if (const auto t = trade.entryTime())
        setEntryTime(*t);
    m_stop->setValue(trade.stopLoss.value_or(0.0));
    m_target->setValue(trade.takeProfit.value_or(0.0));
    const int tf = m_timeframe->findData(trade.timeframe);
    m_timeframe->setCurrentIndex(tf < 0 ? 0 : tf);
    m_pattern->setCurrentText(trade.patternType);
    m_tags->setText(trade.tags.join(QStringLiteral(", ")));
    updateRisk();
}

void TradeDialog::selectExchange(const QString &code)
{
    const int index = m_exchange->findData(code);
    m_exchange->setCurrentIndex(index < 0 ? 0 : index);
}

QString TradeDialog::riskText() const
{
    return m_risk->text();
}

void TradeDialog::updateRisk()
{
    const double entry = m_entry->value(), stop = m_stop->value(), qty = m_quantity->value();
    if (!(entry > 0) || !(stop > 0) || !(qty > 0) || entry == stop) {
        m_risk->setText(tr("—"));
        return;
    }
    const double amount = std::abs(entry - stop) * qty;
    QString text = tr("%1 at risk").arg(portfolio::MetricsText::number(amount));
    if (m_balance > 0)
        text += tr(" (%1 of the account)").arg(portfolio::MetricsText::percent(amount / m_balance * 100.0));
    m_risk->setText(text);
}

std::optional<portfolio::Trade> TradeDialog::trade(qint64 portfolioId, QString *error) const
{
    const auto symbol = model::Symbol::parse(m_symbol->text().trimmed().toUpper(), error);
    if (!symbol) {
        *error = tr("Symbol: %1").arg(*error);
        return std::nullopt;
    }
    const auto direction = Direction(m_direction->currentData().toInt());
    const double entry = m_entry->value();
    const auto stop = unlessZero(m_stop);
    const auto target = unlessZero(m_target);
    // A stop on the wrong side of the entry is a typing error more often than a plan.
    if (entry > 0 && stop && (direction == Direction::Long ? *stop >= entry : *stop <= entry)) {
        *error = tr("Stop loss: a %1 trade's stop must be %2 the entry")
                     .arg(portfolio::directionToString(direction), direction == Direction::Long ? tr("below") : tr("above"));
        return std::nullopt;
    }
    if (entry > 0 && target && (direction == Direction::Long ? *target <= entry : *target >= entry)) {
        *error = tr("Take profit: a %1 trade's target must be %2 the entry")
                     .arg(portfolio::directionToString(direction), direction == Direction::Long ? tr("above") : tr("below"));
        return std::nullopt;
    }
    portfolio::Trade t = m_edit ? *m_edit : m_draft.toTrade(portfolioId, 0.0, 0);
    t.portfolioId = m_edit ? m_edit->portfolioId : portfolioId;
    t.exchange = m_exchange->currentData().toString();
    t.symbol = symbol->toString();
    t.direction = direction;
    t.stopLoss = stop;
    t.takeProfit = target;
    t.timeframe = m_timeframe->currentData().toString();
    t.patternType = m_pattern->currentText().trimmed();
    t.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','))) {
        if (!tag.trimmed().isEmpty() && !t.tags.contains(tag.trimmed()))
            t.tags << tag.trimmed();
    }
    if (!m_edit) {
        if (entry > 0 && !(m_quantity->value() > 0)) {
            *error = tr("Quantity: more than 0 for a trade with an entry price");
            return std::nullopt;
        }
        t.fills.clear();
        t.status = portfolio::TradeStatus::Pending;
        if (entry > 0) {
            t.status = portfolio::TradeStatus::Open;
            t.fills.push_back({0, portfolio::FillKind::Entry, m_time->dateTime().toMSecsSinceEpoch(), entry,
                               m_quantity->value(), m_fee->value()});
        }
    }
    return t;
}

void TradeDialog::done(int result)
{
    QString error;
    if (result == QDialog::Accepted && !trade(m_edit ? m_edit->portfolioId : 0, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::done(result);
}

} // namespace cl::ui
