#include "pretradechecklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cl::portfolio {

QStringList PreTradeChecklist::defaultItems()
{
    return {QStringLiteral("Higher timeframe trend agrees"), QStringLiteral("Stop placed beyond the structure"),
            QStringLiteral("Risk within plan (at most 1 % of the account)"), QStringLiteral("Reward at least 2 R"),
            QStringLiteral("No major news in the next hour"), QStringLiteral("Calm, not chasing a loss")};
}

PreTradeChecklist PreTradeChecklist::fromItems(const QStringList &texts)
{
    PreTradeChecklist c;
    for (const QString &t : texts) {
        if (!t.trimmed().isEmpty())
            c.items.push_back({t.trimmed(), false});
    }
    return c;
}

PreTradeChecklist PreTradeChecklist::fromJson(const QString &json)
{
    PreTradeChecklist c;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString text = o.value(QLatin1String("item")).toString();
        if (!text.isEmpty())
            c.items.push_back({text, o.value(QLatin1String("done")).toBool()});
    }
    return c;
}

QString PreTradeChecklist::toJson() const
{
    QJsonArray array;
    for (const Item &i : items)
        array.append(QJsonObject{{QStringLiteral("item"), i.text}, {QStringLiteral("done"), i.done}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

PreTradeChecklist PreTradeChecklist::merge(const QStringList &configured, const PreTradeChecklist &stored)
{
    PreTradeChecklist c = fromItems(configured);
    std::vector<bool> used(stored.items.size(), false);
    for (Item &item : c.items) {
        for (size_t i = 0; i < stored.items.size(); ++i) {
            if (!used[i] && stored.items[i].text == item.text) {
                item.done = stored.items[i].done;
                used[i] = true;
                break;
            }
        }
    }
    for (size_t i = 0; i < stored.items.size(); ++i) {
        if (!used[i])
            c.items.push_back(stored.items[i]);
    }
    return c;
}

int PreTradeChecklist::doneCount() const
{
    int n = 0;
    for (const Item &i : items)
        n += i.done;
    return n;
}

} // namespace cl::portfolio
