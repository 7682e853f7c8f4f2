#include "screenshotresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace cl::portfolio {

ScreenshotResolver::ScreenshotResolver(const QString &dataDir) : m_root(QFileInfo(dataDir).canonicalFilePath()) {}

QString ScreenshotResolver::resolve(const QString &imagePath, QString *why) const
{
    if (m_root.isEmpty()) {
        *why = QStringLiteral("the data folder does not exist");
        return {};
    }
    const QFileInfo info(QDir(m_root).filePath(imagePath));
    const QString canonical = info.canonicalFilePath(); // empty when missing; links resolved
    if (canonical.isEmpty()) {
        *why = QStringLiteral("file not found");
        return {};
    }
    if (!canonical.startsWith(m_root + QLatin1Char('/'))) {
        *why = QStringLiteral("outside the data folder");
        return {};
    }
    if (!QFileInfo(canonical).isFile()) {
        *why = QStringLiteral("not a file");
        return {};
    }
    QImageReader reader(canonical);
    if (!reader.canRead()) {
        *why = QStringLiteral("not a readable image");
        return {};
    }
    return canonical;
}

} // namespace cl::portfolio
