#pragma once

#include <QString>

namespace cl::portfolio {

// Exports take screenshots only from the data folder: a journal entry's image path (relative to the data
// folder, or absolute) is accepted when, with links resolved, it is a readable image file inside it. Anything
// else (../ escapes, links out, other folders, missing or non-image files) is refused with the reason.
class ScreenshotResolver
{
public:
    explicit ScreenshotResolver(const QString &dataDir);

    // The absolute file to read, or an empty string with *why.
    QString resolve(const QString &imagePath, QString *why) const;

private:
    QString m_root;   // canonical data folder, empty when it does not exist
};

} // namespace cl::portfolio
