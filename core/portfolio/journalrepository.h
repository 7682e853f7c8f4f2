#pragma once

#include "journalentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::portfolio {

// Rows of journal_entries, tags and trade_tags.
class JournalRepository
{
public:
    explicit JournalRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    std::optional<qint64> add(const JournalEntry &entry, QString *error);
    // Writes content, mood, checklist, images and updatedAt of an existing entry (the editor's autosave).
    bool update(const JournalEntry &entry, QString *error);
    bool remove(qint64 entryId, QString *error);
    std::vector<JournalEntry> forTrade(qint64 tradeId, QString *error = nullptr);
    // Every entry of the portfolio's trades, by trade id, each list in phase then creation order.
    QHash<qint64, std::vector<JournalEntry>> forPortfolio(qint64 portfolioId, QString *error = nullptr);
    // The mood of each trade for the breakdown: the plan's, else the first entry's that has one.
    QHash<qint64, QString> moods(qint64 portfolioId, QString *error = nullptr);

    std::optional<qint64> ensureTag(const QString &name, const QString &color, QString *error);
    bool setTagColor(const QString &name, const QString &color, QString *error);
    QList<Tag> tags(QString *error = nullptr);
    // Replaces the trade's tags with these names (creating missing tags).
    bool setTradeTags(qint64 tradeId, const QStringList &names, QString *error);

private:
    std::vector<JournalEntry> query(const char *sql, qint64 key, QString *error);

    storage::SqlConnection &m_connection;
};

} // namespace cl::portfolio
