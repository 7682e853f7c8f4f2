#pragma once

#include "market/marketevents.h"
#include "theme/theme.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace cl::ui {

// The status bar's per-exchange health: a coloured state dot, messages per second and the age of the
// last message; the tooltip carries the last error. Exchanges appear once their first status arrives.
class FeedStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FeedStatusWidget(QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    // The label text shown for an exchange ("" when none), for tests.
    QString textFor(model::ExchangeId exchange) const;
    static QString stateText(market::FeedState state);

public slots:
    void onStatusChanged(const cl::market::FeedStatus &status);

private:
    QColor colourFor(market::FeedState state, qint64 ageMs) const;

    QHBoxLayout *m_layout;
    QHash<int, QLabel *> m_labels;
    QHash<int, market::FeedStatus> m_last;
    Theme m_theme;
};

} // namespace cl::ui
