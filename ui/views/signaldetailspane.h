#pragma once

#include "model/signal.h"

#include <QWidget>

class QLabel;

namespace cl::ui {

// What a trader checks before taking a signal: the levels, the reward for the risk at each target, the
// timeframes that agree and the pattern it came from.
class SignalDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit SignalDetailsPane(QWidget *parent = nullptr);

    void showSignal(const model::Signal &signal);
    void clear();
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace cl::ui
