#include "journalentry.h"

#include <array>

namespace cl::portfolio {

namespace {
constexpr std::array<const char *, 4> kPhases{"plan", "during", "review", "lesson"};
constexpr std::array<const char *, 4> kPhaseTitles{"Pre-trade plan", "During the trade", "Post-trade review", "Lesson"};
constexpr std::array<const char *, 6> kMoods{"confident", "neutral", "fearful", "greedy", "fomo", "revenge"};
} // namespace

QString phaseToString(JournalPhase phase)
{
    return QString::fromLatin1(kPhases[size_t(phase)]);
}

QString phaseTitle(JournalPhase phase)
{
    return QString::fromLatin1(kPhaseTitles[size_t(phase)]);
}

std::optional<JournalPhase> parsePhase(QStringView text)
{
    for (size_t i = 0; i < kPhases.size(); ++i) {
        if (text == QLatin1StringView(kPhases[i]))
            return JournalPhase(i);
    }
    return std::nullopt;
}

QString moodToString(Mood mood)
{
    return QString::fromLatin1(kMoods[size_t(mood)]);
}

std::optional<Mood> parseMood(QStringView text)
{
    for (size_t i = 0; i < kMoods.size(); ++i) {
        if (text == QLatin1StringView(kMoods[i]))
            return Mood(i);
    }
    return std::nullopt;
}

} // namespace cl::portfolio
