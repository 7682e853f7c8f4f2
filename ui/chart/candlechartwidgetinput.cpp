// CandleChartWidget: mouse, wheel, keyboard and the context menu.
#include "candlechartwidget.h"
#include "priceaxis.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace cl::chart {

namespace {
constexpr double kAlertGrabPx = 5.0;
constexpr double kKeyPanShare = 0.1; // of the plot width per arrow key
constexpr double kKeyZoomFactor = 1.25;
} // namespace

void CandleChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    viewChanged();
}

int CandleChartWidget::alertAt(const QPointF &pos) const
{
    if (!m_layout.price.contains(pos) && !m_layout.priceAxis.contains(pos))
        return -1;
    for (size_t i = 0; i < m_alerts.size(); ++i) {
        if (std::abs(m_viewport.yOfPrice(m_alerts[i].price) - pos.y()) <= kAlertGrabPx)
            return int(i);
    }
    return -1;
}

void CandleChartWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const QPointF pos = event->position();
    if (m_layout.priceAxis.contains(pos)) {
        m_autoScale = false;
        m_viewport.scalePrice(std::pow(0.9, steps));
    } else {
        // A following chart zooms around its newest candle so it keeps following.
        const double anchor = m_viewport.isAtEnd() ? m_viewport.xOfIndexUnit(m_viewport.count()) : pos.x();
        m_viewport.zoomAt(std::pow(1.15, steps), anchor);
    }
    viewChanged();
    event->accept();
}

void CandleChartWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    m_dragLast = pos;
    const int alert = alertAt(pos);
    if (alert >= 0) {
        m_drag = Drag::Alert;
        m_dragAlertId = m_alerts[size_t(alert)].id;
    } else if (m_layout.priceAxis.contains(pos)) {
        m_drag = Drag::PriceAxis;
    } else if (m_layout.timeAxis.contains(pos)) {
        m_drag = Drag::TimeAxis;
    } else {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void CandleChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const QPointF delta = pos - m_dragLast;
    m_dragLast = pos;
    switch (m_drag) {
    case Drag::Pan:
        m_viewport.panPixels(delta.x());
        if (!m_autoScale)
            m_viewport.panPrice(delta.y());
        viewChanged();
        break;
    case Drag::PriceAxis:
        // Dragging down squeezes the candles (a wider price range), up stretches them; autoscale gives
        // way to the user until a double-click.
        m_autoScale = false;
        m_viewport.scalePrice(std::exp(delta.y() * 0.005));
        viewChanged();
        break;
    case Drag::TimeAxis:
        m_viewport.zoomAt(std::exp(delta.x() * 0.005), m_viewport.plotRect().right());
        viewChanged();
        break;
    case Drag::Alert:
        for (AlertLine &a : m_alerts) {
            if (a.id == m_dragAlertId)
                a.price = roundedPrice(m_viewport.priceAt(pos.y()));
        }
        update();
        break;
    case Drag::None:
        setCursor(alertAt(pos) >= 0 ? Qt::SizeVerCursor
                  : m_layout.priceAxis.contains(pos) ? Qt::SizeVerCursor
                  : m_layout.timeAxis.contains(pos)  ? Qt::SizeHorCursor
                                                     : Qt::CrossCursor);
        break;
    }
    setCrosshair(pos);
}

void CandleChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Alert) {
        for (const AlertLine &a : m_alerts) {
            if (a.id == m_dragAlertId)
                emit alertLevelMoved(a.id, a.price);
        }
    }
    m_drag = Drag::None;
    unsetCursor();
    event->accept();
}

void CandleChartWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        resetView();
}

void CandleChartWidget::keyPressEvent(QKeyEvent *event)
{
    const double width = m_viewport.plotRect().width();
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.panPixels(width * kKeyPanShare);
        break;
    case Qt::Key_Right:
        m_viewport.panPixels(-width * kKeyPanShare);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Up:
        m_viewport.zoomAt(kKeyZoomFactor, m_viewport.isAtEnd() ? m_viewport.xOfIndexUnit(m_viewport.count())
                                                                : m_viewport.plotRect().center().x());
        break;
    case Qt::Key_Minus:
    case Qt::Key_Down:
        m_viewport.zoomAt(1.0 / kKeyZoomFactor, m_viewport.isAtEnd() ? m_viewport.xOfIndexUnit(m_viewport.count())
                                                                      : m_viewport.plotRect().center().x());
        break;
    case Qt::Key_Home:
        m_viewport.scrollToStart();
        break;
    case Qt::Key_End:
        m_viewport.scrollToEnd();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    viewChanged();
    event->accept();
}

void CandleChartWidget::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QWidget::leaveEvent(event);
}

QMenu *CandleChartWidget::createContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    if (m_layout.price.contains(QPointF(pos))) {
        const double price = roundedPrice(m_viewport.priceAt(pos.y()));
        QAction *alert = menu->addAction(tr("Create alert at %1").arg(PriceAxis::format(price, priceDecimals())));
        connect(alert, &QAction::triggered, this, [this, price] { emit createAlertRequested(price); });
        menu->addSeparator();
    }
    QAction *log = menu->addAction(tr("Log scale"));
    log->setCheckable(true);
    log->setChecked(isLogScale());
    connect(log, &QAction::toggled, this, &CandleChartWidget::setLogScale);
    QAction *autoScaleAction = menu->addAction(tr("Auto scale"));
    autoScaleAction->setCheckable(true);
    autoScaleAction->setChecked(m_autoScale);
    connect(autoScaleAction, &QAction::toggled, this, &CandleChartWidget::setAutoScale);
    menu->addAction(tr("Reset view"), this, &CandleChartWidget::resetView);
    return menu;
}

void CandleChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace cl::chart
