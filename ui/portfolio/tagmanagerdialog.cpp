#include "tagmanagerdialog.h"

#include "portfolio/journalrepository.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl::ui {

namespace {
constexpr int kColorRole = Qt::UserRole + 1;
}

TagManagerDialog::TagManagerDialog(storage::SqlConnection &connection, qint64 tradeId, const QStringList &tradeTags,
                                   QWidget *parent)
    : QDialog(parent), m_connection(connection), m_tradeId(tradeId), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Tags"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add tag…"), this);
    auto *recolor = new QPushButton(tr("Colour…"), this);
    row->addWidget(add);
    row->addWidget(recolor);
    row->addStretch();
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &TagManagerDialog::onAdd);
    connect(recolor, &QPushButton::clicked, this, &TagManagerDialog::onRecolor);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload(tradeTags);
}

QIcon TagManagerDialog::swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(color));
    p.setPen(QColor(0, 0, 0, 60));
    p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

void TagManagerDialog::reload(const QStringList &checked)
{
    m_list->clear();
    for (const portfolio::Tag &tag : portfolio::JournalRepository(m_connection).tags()) {
        auto *item = new QListWidgetItem(swatch(tag.color), tag.name, m_list);
        item->setData(kColorRole, tag.color);
        if (m_tradeId > 0) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(tag.name) ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);   // on by default in a list widget
        }
    }
}

bool TagManagerDialog::addTag(const QString &name, const QString &color, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("a tag needs a name");
        return false;
    }
    if (!QColor(color).isValid()) {
        *error = tr("'%1' is not a colour").arg(color);
        return false;
    }
    if (!portfolio::JournalRepository(m_connection).ensureTag(trimmed, QColor(color).name(), error))
        return false;
    QStringList ticks = checkedTags();
    if (m_tradeId > 0)
        ticks << trimmed;   // a tag made while tagging a trade is meant for it
    reload(ticks);
    return true;
}

bool TagManagerDialog::setColor(const QString &name, const QString &color, QString *error)
{
    if (!QColor(color).isValid()) {
        *error = tr("'%1' is not a colour").arg(color);
        return false;
    }
    if (!portfolio::JournalRepository(m_connection).setTagColor(name, QColor(color).name(), error))
        return false;
    reload(checkedTags());
    return true;
}

void TagManagerDialog::setChecked(const QString &name, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == name && (m_list->item(i)->flags() & Qt::ItemIsUserCheckable))
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList TagManagerDialog::checkedTags() const
{
    QStringList names;
    if (m_tradeId <= 0)
        return names;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->text();
    }
    return names;
}

QStringList TagManagerDialog::tagNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->text();
    return names;
}

QString TagManagerDialog::colorOf(const QString &name) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == name)
            return m_list->item(i)->data(kColorRole).toString();
    }
    return {};
}

bool TagManagerDialog::apply(QString *error)
{
    if (m_tradeId <= 0)
        return true;
    return portfolio::JournalRepository(m_connection).setTradeTags(m_tradeId, checkedTags(), error);
}

void TagManagerDialog::onAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New tag"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QColor color = QColorDialog::getColor(QColor(0x4c, 0x8b, 0xf5), this, tr("Tag colour"));
    QString error;
    if (!addTag(name, color.isValid() ? color.name() : QStringLiteral("#808080"), &error))
        QMessageBox::warning(this, tr("Tags"), error);
}

void TagManagerDialog::onRecolor()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QColor color = QColorDialog::getColor(QColor(item->data(kColorRole).toString()), this, tr("Tag colour"));
    QString error;
    if (color.isValid() && !setColor(item->text(), color.name(), &error))
        QMessageBox::warning(this, tr("Tags"), error);
}

void TagManagerDialog::done(int result)
{
    QString error;
    if (result == QDialog::Accepted && !apply(&error)) {
        QMessageBox::warning(this, tr("Tags"), error);
        return;
    }
    QDialog::done(result);
}

} // namespace cl::ui
