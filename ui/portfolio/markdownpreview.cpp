#include "markdownpreview.h"

#include <QImage>
#include <QImageReader>
#include <QScrollBar>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>

#include <vector>
#include <QTextDocument>
#include <QUrl>

namespace cl::ui {

namespace {

class PreviewDocument : public QTextDocument
{
public:
    explicit PreviewDocument(MarkdownPreview *preview) : QTextDocument(preview), m_preview(preview) {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        return type == QTextDocument::ImageResource ? m_preview->loadImage(name) : QVariant();
    }

private:
    MarkdownPreview *m_preview;
};

} // namespace

MarkdownPreview::MarkdownPreview(const QString &dataDir, QWidget *parent) : QTextBrowser(parent), m_resolver(dataDir)
{
    setDocument(new PreviewDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void MarkdownPreview::setMarkdownText(const QString &markdown)
{
    m_imagesShown = 0;
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    // Read into a detached document first: it has no layout, so nothing is loaded while it is parsed. Every
    // image is resolved here; a refused one is renamed to a placeholder, because Qt's image handler reads the
    // named file itself (QImage::load on the path) when the shown document has no resource for it.
    QTextDocument parsed;
    parsed.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                 | QTextDocument::MarkdownNoHTML));
    struct Image
    {
        int position;
        QTextImageFormat format;
    };
    std::vector<Image> images;
    for (QTextBlock block = parsed.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                images.push_back({it.fragment().position(), it.fragment().charFormat().toImageFormat()});
        }
    }
    for (Image &image : images) {
        const QString original = image.format.name();
        const QVariant loaded = loadImage(QUrl(original));
        if (loaded.isValid()) {
            document()->addResource(QTextDocument::ImageResource, QUrl(original), loaded);
            ++m_imagesShown;
            continue;
        }
        const QUrl placeholder(QStringLiteral("cl-refused://%1").arg(image.position));
        document()->addResource(QTextDocument::ImageResource, placeholder, refusedPlaceholder());
        image.format.setName(placeholder.toString());
        image.format.setToolTip(tr("%1: only images inside the data folder are shown").arg(original));
        QTextCursor cursor(&parsed);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
    document()->setHtml(parsed.toHtml());   // Qt's own HTML of the parsed text: the user's text stays escaped
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll);   // keep the reader's place while typing
}

QImage MarkdownPreview::refusedPlaceholder()
{
    QImage image(160, 24, QImage::Format_RGB32);
    image.fill(QColor(0xee, 0xee, 0xee));
    QPainter painter(&image);
    painter.setPen(QColor(0x77, 0x77, 0x77));
    painter.drawRect(0, 0, 159, 23);
    painter.drawText(image.rect(), Qt::AlignCenter, tr("image not shown"));
    return image;
}

QVariant MarkdownPreview::loadImage(const QUrl &name)
{
    QString why;
    const QString file = m_resolver.resolve(name.isLocalFile() ? name.toLocalFile() : name.toString(), &why);
    if (file.isEmpty())
        return {};
    QImageReader reader(file);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    const int width = qMax(200, viewport()->width() - 24);
    if (image.width() > width)
        image = image.scaledToWidth(width, Qt::SmoothTransformation);
    return image;
}

} // namespace cl::ui
