#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace cl::portfolio {

enum class JournalPhase : quint8 { Plan, During, Review, Lesson };
enum class Mood : quint8 { Confident, Neutral, Fearful, Greedy, Fomo, Revenge };

QString phaseToString(JournalPhase phase);
QString phaseTitle(JournalPhase phase);   // "Pre-trade plan", ... for exports
std::optional<JournalPhase> parsePhase(QStringView text);
QString moodToString(Mood mood);
std::optional<Mood> parseMood(QStringView text);

// One journal text of a trade: the pre-trade plan, notes during it, the post-trade review or a lesson.
struct JournalEntry
{
    qint64 id = 0;
    qint64 tradeId = 0;
    JournalPhase phase = JournalPhase::Plan;
    QString content;              // Markdown, the user's own text
    std::optional<Mood> mood;
    QString checklist;            // JSON of the pre-trade checklist as ticked
    QStringList images;           // screenshots, paths relative to the data folder
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color = QStringLiteral("#808080");
};

} // namespace cl::portfolio
