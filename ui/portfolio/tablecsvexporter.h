#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace cl::ui {

// Any table of the portfolio views as CSV (RFC 4180): the header row from the model's horizontal header, then
// every row's display text; fields with a comma, quote or line break are quoted, quotes doubled.
class TableCsvExporter
{
public:
    static QString toCsv(const QAbstractItemModel &model);
    static bool write(const QAbstractItemModel &model, const QString &path, QString *error);
    // Asks for a file (suggestedName in the documents folder) and writes it; false when cancelled or failed
    // (failures are shown to the user).
    static bool exportWithDialog(const QAbstractItemModel &model, const QString &suggestedName, QWidget *parent);

private:
    static QString field(const QString &text);
};

} // namespace cl::ui
