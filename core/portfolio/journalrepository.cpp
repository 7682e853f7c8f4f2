#include "journalrepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace cl::portfolio {

using storage::SqliteStatement;

namespace {

QString imagesToJson(const QStringList &images)
{
    if (images.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(images)).toJson(QJsonDocument::Compact));
}

QStringList imagesFromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (v.isString())
            list.append(v.toString());
    }
    return list;
}

void bindEntryValues(SqliteStatement &s, const JournalEntry &e)
{
    s.bindText(2, e.content);
    if (e.mood)
        s.bindText(3, moodToString(*e.mood));
    else
        s.bindNull(3);
    if (e.checklist.isEmpty())
        s.bindNull(4);
    else
        s.bindText(4, e.checklist);
    const QString images = imagesToJson(e.images);
    if (images.isEmpty())
        s.bindNull(5);
    else
        s.bindText(5, images);
    s.bindInt64(6, e.updatedAt);
}

constexpr const char *kEntryColumns =
    "SELECT e.id, e.trade_id, e.phase, e.content, e.mood, e.checklist, e.images, e.created_at, e.updated_at "
    "FROM journal_entries e ";

} // namespace

std::optional<qint64> JournalRepository::add(const JournalEntry &entry, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "INSERT INTO journal_entries (trade_id, content, mood, checklist, images, updated_at, phase, created_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                   error))
        return std::nullopt;
    if (entry.tradeId > 0)
        s.bindInt64(1, entry.tradeId);
    else
        s.bindNull(1);
    bindEntryValues(s, entry);
    s.bindText(7, phaseToString(entry.phase));
    s.bindInt64(8, entry.createdAt);
    if (!s.step(error))
        return std::nullopt;
    return sqlite3_last_insert_rowid(m_connection.handle());
}

bool JournalRepository::update(const JournalEntry &entry, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(),
                   "UPDATE journal_entries SET content = ?2, mood = ?3, checklist = ?4, images = ?5, updated_at = ?6 "
                   "WHERE id = ?1",
                   error))
        return false;
    s.bindInt64(1, entry.id);
    bindEntryValues(s, entry);
    return s.step(error);
}

bool JournalRepository::remove(qint64 entryId, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(), "DELETE FROM journal_entries WHERE id = ?1", error))
        return false;
    s.bindInt64(1, entryId);
    return s.step(error);
}

std::vector<JournalEntry> JournalRepository::query(const char *sql, qint64 key, QString *error)
{
    std::vector<JournalEntry> entries;
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), sql, error))
        return entries;
    q.bindInt64(1, key);
    while (q.step(error) && q.hasRow()) {
        JournalEntry e;
        e.id = q.columnInt64(0);
        e.tradeId = q.columnIsNull(1) ? 0 : q.columnInt64(1);
        e.phase = parsePhase(q.columnText(2)).value_or(JournalPhase::Plan);
        e.content = q.columnText(3);
        if (!q.columnIsNull(4))
            e.mood = parseMood(q.columnText(4));
        e.checklist = q.columnText(5);
        e.images = imagesFromJson(q.columnText(6));
        e.createdAt = q.columnInt64(7);
        e.updatedAt = q.columnInt64(8);
        entries.push_back(std::move(e));
    }
    return entries;
}

std::vector<JournalEntry> JournalRepository::forTrade(qint64 tradeId, QString *error)
{
    const QByteArray sql = QByteArray(kEntryColumns)
        + "WHERE e.trade_id = ?1 ORDER BY CASE e.phase WHEN 'plan' THEN 0 WHEN 'during' THEN 1 WHEN 'review' THEN 2 "
          "ELSE 3 END, e.created_at, e.id";
    return query(sql.constData(), tradeId, error);
}

QHash<qint64, std::vector<JournalEntry>> JournalRepository::forPortfolio(qint64 portfolioId, QString *error)
{
    const QByteArray sql = QByteArray(kEntryColumns)
        + "JOIN trades t ON t.id = e.trade_id WHERE t.portfolio_id = ?1 ORDER BY e.trade_id, CASE e.phase "
          "WHEN 'plan' THEN 0 WHEN 'during' THEN 1 WHEN 'review' THEN 2 ELSE 3 END, e.created_at, e.id";
    QHash<qint64, std::vector<JournalEntry>> byTrade;
    for (JournalEntry &e : query(sql.constData(), portfolioId, error))
        byTrade[e.tradeId].push_back(std::move(e));
    return byTrade;
}

QHash<qint64, QString> JournalRepository::moods(qint64 portfolioId, QString *error)
{
    QHash<qint64, QString> moods;
    const auto byTrade = forPortfolio(portfolioId, error);
    for (auto it = byTrade.cbegin(); it != byTrade.cend(); ++it) {
        for (const JournalEntry &e : it.value()) {
            if (e.mood) {  // entries come plan first, so the plan's mood wins
                moods.insert(it.key(), moodToString(*e.mood));
                break;
            }
        }
    }
    return moods;
}

std::optional<qint64> JournalRepository::ensureTag(const QString &name, const QString &color, QString *error)
{
    SqliteStatement insert;
    if (!insert.prepare(m_connection.handle(), "INSERT INTO tags (name, color) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING",
                        error))
        return std::nullopt;
    insert.bindText(1, name);
    insert.bindText(2, color.isEmpty() ? QStringLiteral("#808080") : color);
    if (!insert.step(error))
        return std::nullopt;
    SqliteStatement find;
    if (!find.prepare(m_connection.handle(), "SELECT id FROM tags WHERE name = ?1", error))
        return std::nullopt;
    find.bindText(1, name);
    if (!find.step(error) || !find.hasRow())
        return std::nullopt;
    return find.columnInt64(0);
}

bool JournalRepository::setTagColor(const QString &name, const QString &color, QString *error)
{
    SqliteStatement s;
    if (!s.prepare(m_connection.handle(), "UPDATE tags SET color = ?2 WHERE name = ?1", error))
        return false;
    s.bindText(1, name);
    s.bindText(2, color);
    return s.step(error);
}

QList<Tag> JournalRepository::tags(QString *error)
{
    QList<Tag> list;
    SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT id, name, color FROM tags ORDER BY name", error))
        return list;
    while (q.step(error) && q.hasRow())
        list.append(Tag{q.columnInt64(0), q.columnText(1), q.columnText(2)});
    return list;
}

bool JournalRepository::setTradeTags(qint64 tradeId, const QStringList &names, QString *error)
{
    SqliteStatement clear;
    if (!clear.prepare(m_connection.handle(), "DELETE FROM trade_tags WHERE trade_id = ?1", error))
        return false;
    clear.bindInt64(1, tradeId);
    if (!clear.step(error))
        return false;
    SqliteStatement link;
    if (!link.prepare(m_connection.handle(),
                      "INSERT INTO trade_tags (trade_id, tag_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING", error))
        return false;
    for (const QString &name : names) {
        const auto tagId = ensureTag(name.trimmed(), {}, error);
        if (!tagId)
            return false;
        link.reset();
        link.bindInt64(1, tradeId);
        link.bindInt64(2, *tagId);
        if (!link.step(error))
            return false;
    }
    return true;
}

} // namespace cl::portfolio
