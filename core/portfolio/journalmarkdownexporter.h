#pragma once

#include "journalexport.h"

namespace cl::portfolio {

// The journal as Markdown: FILE.md plus FILE_images/ beside it (the equity curve and the screenshots), so the
// pair can be moved, versioned or rendered anywhere. Structure:
//   # Trading journal: NAME / ## Summary (metrics table) / ## Equity curve / ## Monthly P&L /
//   ## Trade ID: SYMBOL DIRECTION (facts table, then ### per journal entry with mood and screenshots)
// User text stays Markdown but its HTML is neutralised (< and & as entities) outside code blocks, so a
// renderer shows "<b>x</b>" as typed instead of interpreting it.
class JournalMarkdownExporter
{
public:
    static JournalExportResult write(const PortfolioSnapshot &snapshot, const QString &outPath,
                                     const JournalExportOptions &options);

    static QString imagesFolderName(const QString &outPath);
    // Markdown text with inline HTML neutralised (code fences and code spans are left alone).
    static QString neutraliseHtml(const QString &markdown);
    // One table cell: pipes escaped, line breaks as spaces, HTML neutralised.
    static QString cell(const QString &text);
};

} // namespace cl::portfolio
