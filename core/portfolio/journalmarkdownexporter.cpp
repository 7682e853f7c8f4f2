#include "journalmarkdownexporter.h"

#include "equitychart.h"
#include "metricstext.h"
#include "screenshotresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace cl::portfolio {

namespace {

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QString link(const QString &folder, const QString &file)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(folder + QLatin1Char('/') + file, "/-_."));
}

QString escapeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else
            out += c;
    }
    return out;
}

// Leaves stale images of an earlier export out of the folder; touches only our own file names.
void clearOwnImages(QDir &dir)
{
    const QStringList ours = dir.entryList({QStringLiteral("equity.png"), QStringLiteral("trade-*")}, QDir::Files);
    for (const QString &name : ours)
        dir.remove(name);
}

void monthlyTable(QString &md, const MetricsReport &m)
{
    if (m.monthly.empty())
        return;
    md += QLatin1String("## Monthly P&L\n\nRealized P&L by exit month and the month's compounded daily return.\n\n| Year |");
    for (const char *month : kMonths)
        md += QLatin1Char(' ') + QLatin1String(month) + QLatin1String(" |");
    md += QLatin1String(" Year |\n|---|");
    for (int i = 0; i < 13; ++i)
        md += QLatin1String("---:|");
    md += QLatin1Char('\n');
    for (const YearlyPnl &y : m.yearly) {
        md += QLatin1String("| ") + QString::number(y.year) + QLatin1String(" |");
        for (int month = 1; month <= 12; ++month) {
            QString text;
            for (const MonthlyPnl &row : m.monthly) {
                if (row.year == y.year && row.month == month)
                    text = MetricsText::number(row.pnl) + QLatin1String("<br>") + MetricsText::percent(row.returnPct);
            }
            md += QLatin1Char(' ') + text + QLatin1String(" |");
        }
        md += QLatin1String(" **") + MetricsText::number(y.pnl) + QLatin1String("**<br>") + MetricsText::percent(y.returnPct)
            + QLatin1String(" |\n");
    }
    md += QLatin1Char('\n');
}

} // namespace

QString JournalMarkdownExporter::imagesFolderName(const QString &outPath)
{
    return QFileInfo(outPath).completeBaseName() + QLatin1String("_images");
}

QString JournalMarkdownExporter::neutraliseHtml(const QString &markdown)
{
    QString out;
    bool fenced = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().startsWith(QLatin1String("```")) || line.trimmed().startsWith(QLatin1String("~~~"))) {
            fenced = !fenced;
            out += line;
        } else if (fenced) {
            out += line;
        } else {
            // Outside fences, code spans keep their text; everything else gets entities.
            const QStringList parts = line.split(QLatin1Char('`'));
            for (qsizetype k = 0; k < parts.size(); ++k) {
                if (k > 0)
                    out += QLatin1Char('`');
                out += (k % 2 == 1 && k + 1 < parts.size()) ? parts[k] : escapeEntities(parts[k]);
            }
        }
        if (i + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

QString JournalMarkdownExporter::cell(const QString &text)
{
    QString t = escapeEntities(text);
    t.replace(QLatin1Char('|'), QLatin1String("\\|"));
    t.replace(QLatin1Char('\r'), QLatin1Char(' '));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t;
}

JournalExportResult JournalMarkdownExporter::write(const PortfolioSnapshot &s, const QString &outPath,
                                                   const JournalExportOptions &options)
{
    JournalExportResult result;
    const QFileInfo out(outPath);
    const QString folderName = imagesFolderName(outPath);
    QDir images(out.absoluteDir().filePath(folderName));
    if (!images.exists() && !out.absoluteDir().mkpath(folderName)) {
        result.error = QStringLiteral("%1: cannot create the images folder").arg(images.path());
        return result;
    }
    clearOwnImages(images);

    const MetricsReport m = s.metrics(options.metrics);
    const QString currency = s.portfolio.currency;
    QString md;
    md.reserve(64 * 1024);
    md += QLatin1String("# Trading journal: ") + cell(s.portfolio.name) + QLatin1String("\n\n");
    md += QLatin1String("Generated ") + MetricsText::utc(options.generatedAt) + QLatin1String(" by CryptoLens. Currency ")
        + currency + QLatin1String(", initial balance ") + MetricsText::money(s.portfolio.initialBalance, currency)
        + QLatin1String(". Period: ") + JournalExport::periodText(m) + QLatin1String(".\n\n");

    md += QLatin1String("## Summary\n\n| Metric | Value | Convention |\n|---|---:|---|\n");
    for (const MetricsText::Row &row : MetricsText::summary(m, currency))
        md += QLatin1String("| ") + cell(row.label) + QLatin1String(" | ") + cell(row.value) + QLatin1String(" | ")
            + cell(row.note) + QLatin1String(" |\n");
    md += QLatin1String("\nClosed trades only; daily returns are the equity at each UTC day's end, zero-filled.\n\n");

    md += QLatin1String("## Equity curve\n\n");
    EquityChart::Style style;
    style.currency = currency;
    if (!EquityChart::render(m.curve, style).save(images.filePath(QStringLiteral("equity.png")), "PNG")) {
        result.error = QStringLiteral("%1: cannot write the equity curve image").arg(images.filePath(QStringLiteral("equity.png")));
        return result;
    }
    md += QLatin1String("![Realized equity and drawdown](") + link(folderName, QStringLiteral("equity.png")) + QLatin1String(")\n\n");
    monthlyTable(md, m);

    if (m.trades.trades > 0) {
        md += QLatin1String("## Breakdowns\n\nClosed trades grouped; a trade with several tags counts under each.\n\n");
        for (const Breakdown &b : m.breakdowns) {
            md += QLatin1String("### ") + MetricsText::dimensionTitle(b.dimension) + QLatin1String("\n\n|");
            for (const QString &h : MetricsText::breakdownHeader())
                md += QLatin1Char(' ') + cell(h) + QLatin1String(" |");
            md += QLatin1String("\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (const QStringList &row : MetricsText::breakdownRows(b)) {
                md += QLatin1Char('|');
                for (const QString &c : row)
                    md += QLatin1Char(' ') + cell(c) + QLatin1String(" |");
                md += QLatin1Char('\n');
            }
            md += QLatin1Char('\n');
        }
    }

    md += QLatin1String("## Trades\n\n");
    const ScreenshotResolver resolver(options.dataDir);
    int position = 0;
    for (size_t index : JournalExport::tradeOrder(s)) {
        const Trade &t = s.trades[index];
        const TradeResult &r = s.results[index];
        ++position;
        md += QLatin1String("## ") + cell(JournalExport::tradeTitle(t, r)) + QLatin1String("\n\n| | |\n|---|---|\n");
        for (const JournalExport::Fact &f : JournalExport::facts(t, r, currency))
            md += QLatin1String("| ") + cell(f.label) + QLatin1String(" | ") + cell(f.value) + QLatin1String(" |\n");
        md += QLatin1Char('\n');
        const auto entries = s.journal.value(t.id);
        if (entries.empty())
            md += QLatin1String("_No journal entries._\n\n");
        int shot = 0;
        for (const JournalEntry &e : entries) {
            md += QLatin1String("### ") + phaseTitle(e.phase);
            if (e.mood)
                md += QLatin1String(" (mood: ") + moodToString(*e.mood) + QLatin1Char(')');
            md += QLatin1String("\n\n");
            if (!e.content.trimmed().isEmpty())
                md += neutraliseHtml(e.content.trimmed()) + QLatin1String("\n\n");
            for (const QString &image : e.images) {
                QString why;
                const QString source = resolver.resolve(image, &why);
                if (source.isEmpty()) {
                    result.warnings << QStringLiteral("trade %1: screenshot '%2' skipped: %3").arg(t.externalId, image, why);
                    continue;
                }
                const QString name = QStringLiteral("trade-%1-%2.%3").arg(position).arg(++shot).arg(QFileInfo(source).suffix().toLower());
                if (!QFile::copy(source, images.filePath(name))) {
                    result.warnings << QStringLiteral("trade %1: screenshot '%2' skipped: cannot copy").arg(t.externalId, image);
                    continue;
                }
                ++result.images;
                md += QLatin1String("![") + cell(QFileInfo(image).fileName()) + QLatin1String("](") + link(folderName, name)
                    + QLatin1String(")\n\n");
            }
        }
        ++result.trades;
    }

    QSaveFile file(outPath);
    const QByteArray bytes = md.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QStringLiteral("%1: cannot write: %2").arg(outPath, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace cl::portfolio
