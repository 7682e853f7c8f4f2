#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cl::portfolio {

// The pre-trade checklist as a journal entry keeps it (journal_entries.checklist):
// [{"item": "Higher timeframe agrees", "done": true}, ...]. The items come from the user's configuration; a
// stored entry keeps the items it was ticked against even when the configuration changes later.
struct PreTradeChecklist
{
    struct Item
    {
        QString text;
        bool done = false;
        friend bool operator==(const Item &, const Item &) = default;
    };
    std::vector<Item> items;

    static QStringList defaultItems();
    static PreTradeChecklist fromItems(const QStringList &texts);
    // Unreadable JSON gives an empty checklist (the entry's text matters more than a broken tick list).
    static PreTradeChecklist fromJson(const QString &json);
    QString toJson() const;
    // The stored ticks laid over the configured items: configured order, stored extras kept at the end.
    static PreTradeChecklist merge(const QStringList &configured, const PreTradeChecklist &stored);
    int doneCount() const;
};

} // namespace cl::portfolio
