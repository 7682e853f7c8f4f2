#pragma once

#include <QTextBrowser>

#include "portfolio/screenshotresolver.h"

namespace cl::ui {

// The journal editor's live preview: the entry's Markdown without raw HTML, and inline images only from the
// data folder (a link to any other file or URL shows nothing), scaled down to the preview's width. The
// document is sealed: QTextDocument would otherwise read any file path itself when the browser returns nothing.
class MarkdownPreview : public QTextBrowser
{
    Q_OBJECT

public:
    MarkdownPreview(const QString &dataDir, QWidget *parent = nullptr);
    void setMarkdownText(const QString &markdown);
    int imagesShown() const { return m_imagesShown; }

    // The only way an image gets into the preview (the document's own file fallback is sealed off).
    QVariant loadImage(const QUrl &name);
    static QImage refusedPlaceholder();

private:
    portfolio::ScreenshotResolver m_resolver;
    int m_imagesShown = 0;
};

} // namespace cl::ui
