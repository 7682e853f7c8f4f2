#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QListWidgetItem;

namespace cl::storage {
class SqlConnection;
}

namespace cl::ui {

// The journal's tags with their colours: add a tag, recolour one, and tick the tags of a trade. Colours are
// saved at once (they are shared by every trade); the trade's ticks when the dialog is accepted.
class TagManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // tradeId 0: manage the tags only, no ticks.
    TagManagerDialog(storage::SqlConnection &connection, qint64 tradeId, const QStringList &tradeTags,
                     QWidget *parent = nullptr);

    bool addTag(const QString &name, const QString &color, QString *error);
    bool setColor(const QString &name, const QString &color, QString *error);
    void setChecked(const QString &name, bool checked);
    QStringList checkedTags() const;
    QStringList tagNames() const;
    QString colorOf(const QString &name) const;
    // Writes the ticks to the trade (what OK does).
    bool apply(QString *error);

    static QIcon swatch(const QString &color);

private:
    void reload(const QStringList &checked);
    void onAdd();
    void onRecolor();
    void done(int result) override;

    storage::SqlConnection &m_connection;
    qint64 m_tradeId;
    QListWidget *m_list;
};

} // namespace cl::ui
