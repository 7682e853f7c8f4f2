#include "journalpdfexporter.h"

#include "equitychart.h"
#include "metricstext.h"
#include "screenshotresolver.h"

#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

namespace cl::portfolio {

namespace {

// Text width of the A4 page below (180 mm) in the document's 96 dpi units, less a little for table borders.
constexpr int kContentWidth = 670;
constexpr int kMaxScreenshotPixels = 1200;
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const QLatin1String kGreen("#1e7b45");
const QLatin1String kRed("#b03a2e");
const QLatin1String kMuted("#6b7280");

// Resources come only from addResource(): anything else a Markdown entry names (file paths, URLs) stays empty.
class SealedTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString signedColor(double v)
{
    return std::isfinite(v) && v < 0 ? kRed : kGreen;
}

QString coverHtml(const PortfolioSnapshot &s, const MetricsReport &m, const JournalExportOptions &options)
{
    const QString c = s.portfolio.currency;
    QString h;
    h += QStringLiteral("<p style=\"color:%1; font-size:9pt; margin:0\">CRYPTOLENS · TRADING JOURNAL</p>").arg(kMuted);
    h += QStringLiteral("<h1 style=\"font-size:24pt; margin-top:2px; margin-bottom:2px\">%1</h1>").arg(esc(s.portfolio.name));
    h += QStringLiteral("<p style=\"color:%1; margin-top:0\">%2 · initial balance %3 · generated %4</p>")
             .arg(kMuted, esc(JournalExport::periodText(m)), esc(MetricsText::money(s.portfolio.initialBalance, c)),
                  esc(MetricsText::utc(options.generatedAt)));
    // Headline figures.
    const std::vector<std::pair<QString, std::pair<QString, QString>>> kpis{
        {QStringLiteral("Net profit (%1)").arg(c), {MetricsText::number(m.netProfit), signedColor(m.netProfit)}},
        {QStringLiteral("Return"), {MetricsText::percent(m.returnPct), signedColor(m.returnPct)}},
        {QStringLiteral("Win rate"), {MetricsText::percent(m.trades.winRate, 1), QStringLiteral("#222222")}},
        {QStringLiteral("Profit factor"), {MetricsText::number(m.trades.profitFactor), QStringLiteral("#222222")}},
        {QStringLiteral("Max drawdown"),
         {m.curve.isEmpty() ? QStringLiteral("—") : MetricsText::percent(m.maxDrawdownPct), kRed}},
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"6\" style=\"margin-top:6px\"><tr>");
    for (const auto &[label, value] : kpis)
        h += QStringLiteral("<td bgcolor=\"#f3f5f8\" width=\"20%\"><span style=\"color:%1; font-size:8pt\">%2</span><br>"
                            "<span style=\"font-size:13pt; font-weight:bold; color:%3\">%4</span></td>")
                 .arg(kMuted, esc(label), value.second, esc(value.first));
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:8px\"><img src=\"cl-image://equity\" width=\"%1\"></p>").arg(kContentWidth);

    // Summary metrics in two column pairs.
    const auto rows = MetricsText::summary(m, c);
    const size_t half = (rows.size() + 1) / 2;
    h += QStringLiteral("<h2 style=\"font-size:13pt; margin-top:10px\">Summary</h2>"
                        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"font-size:8.5pt\">");
    for (size_t i = 0; i < half; ++i) {
        h += QStringLiteral("<tr>");
        for (size_t k : {i, i + half}) {
            if (k < rows.size())
                h += QStringLiteral("<td style=\"color:%1\" width=\"25%\">%2</td><td align=\"right\" width=\"22%\"><b>%3</b></td><td width=\"3%\"></td>")
                         .arg(kMuted, esc(rows[k].label), esc(rows[k].value));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><p style=\"color:%1; font-size:7.5pt\">Closed trades only. Daily returns: equity at the end of "
                        "each UTC day, zero-filled, A = %2. Profit factor and Sortino are ∞ without losses; — is empty.</p>")
             .arg(kMuted)
             .arg(m.options.annualization);

    if (!m.monthly.empty()) {
        h += QStringLiteral("<h2 style=\"font-size:13pt\">Monthly P&amp;L</h2>"
                            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\" style=\"font-size:7pt; border-color:#d0d4da\">"
                            "<tr bgcolor=\"#f3f5f8\"><th></th>");
        for (const char *month : kMonths)
            h += QStringLiteral("<th>%1</th>").arg(QLatin1String(month));
        h += QStringLiteral("<th>Year</th></tr>");
        for (const YearlyPnl &y : m.yearly) {
            h += QStringLiteral("<tr><td><b>%1</b></td>").arg(y.year);
            for (int month = 1; month <= 12; ++month) {
                QString cell;
                for (const MonthlyPnl &row : m.monthly) {
                    if (row.year == y.year && row.month == month)
                        cell = QStringLiteral("<span style=\"color:%1\">%2<br>%3</span>")
                                   .arg(signedColor(row.pnl), MetricsText::number(row.pnl, 0), MetricsText::percent(row.returnPct, 1));
                }
                h += QStringLiteral("<td align=\"right\">%1</td>").arg(cell);
            }
            h += QStringLiteral("<td align=\"right\"><b><span style=\"color:%1\">%2<br>%3</span></b></td></tr>")
                     .arg(signedColor(y.pnl), MetricsText::number(y.pnl, 0), MetricsText::percent(y.returnPct, 1));
        }
        h += QStringLiteral("</table>");
    }
    if (m.trades.trades > 0) {
        h += QStringLiteral("<h2 style=\"font-size:13pt\">Breakdowns</h2>");
        for (const Breakdown &b : m.breakdowns) {
            h += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:2px\"><b>%1</b></p>"
                                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\" "
                                "style=\"font-size:7.5pt; border-color:#d0d4da\"><tr bgcolor=\"#f3f5f8\">")
                     .arg(esc(MetricsText::dimensionTitle(b.dimension)));
            const QStringList header = MetricsText::breakdownHeader();
            for (qsizetype i = 0; i < header.size(); ++i)
                h += QStringLiteral("<th%1>%2</th>").arg(i == 0 ? QStringLiteral(" width=\"28%\" align=\"left\"") : QString(), esc(header[i]));
            h += QStringLiteral("</tr>");
            for (const QStringList &row : MetricsText::breakdownRows(b)) {
                h += QStringLiteral("<tr>");
                for (qsizetype i = 0; i < row.size(); ++i)
                    h += QStringLiteral("<td%1>%2</td>").arg(i == 0 ? QString() : QStringLiteral(" align=\"right\""), esc(row[i]));
                h += QStringLiteral("</tr>");
            }
            h += QStringLiteral("</table>");
        }
    }
    return h;
}

QString tradeHeaderHtml(const Trade &t, const TradeResult &r, const QString &currency)
{
    QString result = r.closed ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(signedColor(r.pnl), esc(MetricsText::money(r.pnl, currency)))
                              : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kMuted, esc(statusToString(t.status)));
    if (r.closed && r.rMultiple)
        result += QStringLiteral(" <span style=\"color:%1\">(%2 R)</span>").arg(kMuted, esc(MetricsText::number(*r.rMultiple)));
    // One table per trade, the title row included: every table cell is a frame to lay out, so fewer is faster.
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:12px; font-size:8.5pt\">"
                               "<tr bgcolor=\"#eef1f5\"><td colspan=\"2\" style=\"padding:4px\"><span style=\"font-size:12pt; font-weight:bold\">%1</span></td>"
                               "<td colspan=\"2\" align=\"right\" style=\"padding:4px\"><span style=\"font-size:12pt; font-weight:bold\">%2</span></td></tr>")
                    .arg(esc(JournalExport::tradeTitle(t, r)), result);
    const auto facts = JournalExport::facts(t, r, currency);
    for (size_t i = 0; i < facts.size(); i += 2) {
        h += QStringLiteral("<tr>");
        for (size_t k : {i, i + 1}) {
            if (k < facts.size())
                h += QStringLiteral("<td width=\"14%\" style=\"color:%1\">%2</td><td width=\"36%\">%3</td>")
                         .arg(kMuted, esc(facts[k].label), esc(facts[k].value));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

// A screenshot from the data folder, at most kMaxScreenshotPixels wide or high and opaque: an alpha channel
// would add a soft mask to every image in the PDF, and print does not need more pixels.
QImage loadScreenshot(const ScreenshotResolver &resolver, const QString &image, QString *why)
{
    const QString source = resolver.resolve(image, why);
    if (source.isEmpty())
        return {};
    QImageReader reader(source);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && std::max(full.width(), full.height()) > kMaxScreenshotPixels)
        reader.setScaledSize(full.scaled(kMaxScreenshotPixels, kMaxScreenshotPixels, Qt::KeepAspectRatio));
    QImage shot = reader.read();
    if (shot.isNull()) {
        *why = reader.errorString();
        return {};
    }
    if (shot.hasAlphaChannel()) {
        QImage opaque(shot.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter(&opaque).drawImage(0, 0, shot);
        return opaque;
    }
    return shot.convertToFormat(QImage::Format_RGB32);
}

// The entry's Markdown read with HTML disabled (a tag in it is text), headings toned down to fit inside a
// trade section, and written back out as Qt's own HTML, in which that text is escaped.
QString markdownToHtml(const QString &markdown)
{
    SealedTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    // An image named in the text becomes its name in brackets: left as <img>, Qt's image handler would read the
    // path itself (QImage::load) while laying the page out, whatever folder it is in. The entry's screenshots,
    // checked against the data folder, follow the text.
    std::vector<std::pair<int, QString>> inlineImages;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                inlineImages.emplace_back(it.fragment().position(), it.fragment().charFormat().toImageFormat().name());
        }
    }
    for (auto it = inlineImages.rbegin(); it != inlineImages.rend(); ++it) {
        QTextCursor c(&doc);
        c.setPosition(it->first);
        c.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setFontItalic(true);
        plain.setForeground(QColor(0x6b, 0x72, 0x80));
        c.insertText(QStringLiteral("[image: %1]").arg(QFileInfo(it->second).fileName()), plain);
    }
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        // The importer sizes headings with a relative adjustment; replace it with a fixed, modest size.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat f = fragment.charFormat();
            f.clearProperty(QTextFormat::FontSizeAdjustment);
            f.setFontPointSize(level == 1 ? 11.0 : 10.0);
            f.setFontWeight(QFont::Bold);
            QTextCursor c(&doc);
            c.setPosition(fragment.position());
            c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(f);
        }
        // Written out as a paragraph: an <h1>-<h6> would get its large default size back when read in again.
        QTextBlockFormat bf = block.blockFormat();
        bf.setHeadingLevel(0);
        bf.setTopMargin(4);
        bf.setBottomMargin(2);
        QTextCursor(block).setBlockFormat(bf);
    }
    const QString html = doc.toHtml();
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype from = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    const qsizetype to = html.lastIndexOf(QLatin1String("</body>"));
    return from < 0 || to < from ? QString() : html.mid(from + 1, to - from - 1);
}


// A4 with 15 mm sides, 14 mm top and 12 mm bottom, of which the last 8 mm of the text area hold the footer.
// The document is laid out in its own 96 dpi units and painted scaled to the writer: QTextDocument::print()
// would add a 2 cm frame margin of its own and lay out in device pixels, leaving no control over widths.
const QPageLayout kPage(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter);
constexpr double kDocDpi = 96.0;
constexpr double kFooterMm = 8.0;

QSizeF bodySize()
{
    const QRectF mm = kPage.paintRect(QPageLayout::Millimeter);
    return QSizeF(mm.width() / 25.4 * kDocDpi, (mm.height() - kFooterMm) / 25.4 * kDocDpi);
}

bool paint(QTextDocument &doc, const QString &path, const QString &portfolio)
{
    const QSizeF body = doc.pageSize();
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Trading journal: %1").arg(portfolio));
    writer.setCreator(QStringLiteral("CryptoLens"));
    writer.setResolution(300);
    if (!writer.setPageLayout(kPage))
        return false;
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const double scale = writer.resolution() / kDocDpi;
    painter.scale(scale, scale);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPixelSize(9); // document units: the painter is already scaled to the writer
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        painter.save();
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const double y = body.height() + kFooterMm / 25.4 * kDocDpi * 0.35;
        painter.setPen(QPen(QColor(0xd0, 0xd4, 0xda), 0.6));
        painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
        painter.setPen(QColor(0x6b, 0x72, 0x80));
        painter.setFont(footerFont);
        const QRectF footer(0, y + 3, body.width(), 14);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("CryptoLens · Trading journal: %1").arg(portfolio));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, QStringLiteral("page %1 / %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

} // namespace

JournalExportResult JournalPdfExporter::write(const PortfolioSnapshot &s, const QString &outPath, const JournalExportOptions &options)
{
    JournalExportResult result;
    const MetricsReport m = s.metrics(options.metrics);
    const QString currency = s.portfolio.currency;

    SealedTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(bodySize()); // before the content, so it is laid out once, at its final width
    EquityChart::Style style;
    style.logicalSize = QSize(kContentWidth, 300);
    style.currency = currency;
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cl-image://equity")),
                    EquityChart::render(m.curve, style).convertToFormat(QImage::Format_RGB32));

    // One HTML text, parsed and laid out once: inserting piece by piece re-lays the document out every time.
    QString html;
    html.reserve(int(s.trades.size()) * 4096 + 16384);
    html += coverHtml(s, m, options);
    html += QStringLiteral("<h2 style=\"font-size:16pt; page-break-before:always\">Trades</h2>");

    // Screenshots are decoded (and scaled down) in parallel first: decoding dominates a journal with many of them.
    const ScreenshotResolver resolver(options.dataDir);
    QStringList paths;
    for (const auto &entries : s.journal) {
        for (const JournalEntry &e : entries)
            paths += e.images;
    }
    paths.removeDuplicates();
    struct Loaded
    {
        QImage image;
        QString why;
    };
    const QList<Loaded> decoded = QtConcurrent::blockingMapped(paths, [&resolver](const QString &path) {
        Loaded loaded;
        loaded.image = loadScreenshot(resolver, path, &loaded.why);
        return loaded;
    });
    QHash<QString, qsizetype> decodedIndex;
    for (qsizetype i = 0; i < paths.size(); ++i)
        decodedIndex.insert(paths[i], i);
    int images = 0;
    for (size_t index : JournalExport::tradeOrder(s)) {
        const Trade &t = s.trades[index];
        const TradeResult &r = s.results[index];
        html += tradeHeaderHtml(t, r, currency);
        const auto entries = s.journal.value(t.id);
        if (entries.empty())
            html += QStringLiteral("<p style=\"color:%1\"><i>No journal entries.</i></p>").arg(kMuted);
        for (const JournalEntry &e : entries) {
            html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:2px\"><span style=\"font-size:10.5pt; "
                                   "font-weight:bold; color:#1f4e79\">%1</span>")
                        .arg(esc(phaseTitle(e.phase)));
            if (e.mood)
                html += QStringLiteral(" <span style=\"color:%1\">· mood: %2</span>").arg(kMuted, esc(moodToString(*e.mood)));
            html += QStringLiteral("</p>");
            if (!e.content.trimmed().isEmpty())
                html += markdownToHtml(e.content.trimmed());
            for (const QString &image : e.images) {
                const Loaded &loaded = decoded[decodedIndex.value(image)];
                const QImage &shot = loaded.image;
                if (shot.isNull()) {
                    result.warnings << QStringLiteral("trade %1: screenshot '%2' skipped: %3").arg(t.externalId, image, loaded.why);
                    continue;
                }
                const QUrl url(QStringLiteral("cl-image://shot-%1").arg(++images));
                doc.addResource(QTextDocument::ImageResource, url, shot);
                html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"><br>"
                                       "<span style=\"color:%3; font-size:7.5pt\">%4</span></p>")
                            .arg(url.toString())
                            .arg(std::min(kContentWidth, shot.width()))
                            .arg(kMuted, esc(QFileInfo(image).fileName()));
            }
        }
        ++result.trades;
    }
    doc.setHtml(html);
    result.images = images;

    if (!paint(doc, outPath, s.portfolio.name)) {
        result.error = QStringLiteral("%1: cannot write the PDF").arg(outPath);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace cl::portfolio
