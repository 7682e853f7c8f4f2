#include "signaldetailspane.h"

#include "priceformat.h"
#include "signallistmodel.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace cl::ui {

SignalDetailsPane::SignalDetailsPane(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("signalDetailsPane"));
    m_label->setObjectName(QStringLiteral("signalDetailsText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_label);
    clear();
}

void SignalDetailsPane::clear()
{
    m_label->setText(tr("Select a signal to see its details."));
}

QString SignalDetailsPane::text() const
{
    return m_label->text();
}

void SignalDetailsPane::showSignal(const model::Signal &s)
{
    const auto price = [](double v) { return formatPrice(v); };
    const auto rr = [&s](double target) { return QString::number(SignalListModel::riskReward(s, target), 'f', 2); };
    const QString direction = s.direction == model::Direction::Bullish ? tr("Long") : tr("Short");
    const QString sourceType = s.sourceType == model::PatternType::Fvg ? tr("Fair value gap")
        : s.sourceType == model::PatternType::OrderBlock            ? tr("Order block")
                                                                     : tr("Liquidity sweep");
    const auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    QString html = QStringLiteral("<h3>%1 %2 · %3</h3>").arg(direction, s.symbol.toString().toHtmlEscaped(),
                                                           model::exchangeDisplayName(s.exchange).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    const auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Status"), SignalListModel::statusText(s.status));
    row(tr("Created"), tr("%1 UTC").arg(utc(s.createdAt)));
    row(tr("Confluence"), QString::number(s.score));
    row(tr("Aligned timeframes"), s.alignedText());
    row(tr("Entry"), price(s.entry));
    row(tr("Stop"), price(s.stop));
    row(tr("TP1"), tr("%1 (R:R %2)").arg(price(s.tp1), rr(s.tp1)));
    row(tr("TP2"), tr("%1 (R:R %2)").arg(price(s.tp2), rr(s.tp2)));
    row(tr("TP3"), tr("%1 (R:R %2)").arg(price(s.tp3), rr(s.tp3)));
    row(tr("Source pattern"), tr("%1 on %2, detected %3 UTC").arg(sourceType, s.sourceTimeframe.toString(), utc(s.sourceDetectedAt)));
    html += QStringLiteral("</table>");
    m_label->setText(html);
}

} // namespace cl::ui
