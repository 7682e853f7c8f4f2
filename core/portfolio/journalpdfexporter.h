#pragma once

#include "journalexport.h"

namespace cl::portfolio {

// The journal as an A4 PDF (QPdfWriter + QTextDocument): a cover with the headline figures, the equity curve,
// the summary metrics and the monthly grid, then one section per trade with its facts, journal entries and
// screenshots. User text is never interpreted as HTML: entries are read as Markdown with HTML disabled, titles
// and values are escaped, and the document loads no resource it was not given (so a Markdown image link
// cannot pull in a file from outside the data folder). Needs a QGuiApplication (fonts).
class JournalPdfExporter
{
public:
    static JournalExportResult write(const PortfolioSnapshot &snapshot, const QString &outPath,
                                     const JournalExportOptions &options);
};

} // namespace cl::portfolio
