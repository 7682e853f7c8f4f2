#include "tablecsvexporter.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace cl::ui {

QString TableCsvExporter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString TableCsvExporter::toCsv(const QAbstractItemModel &model)
{
    QString csv;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            csv += QLatin1Char(',');
        csv += field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    csv += QLatin1String("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                csv += QLatin1Char(',');
            csv += field(model.data(model.index(r, c), Qt::DisplayRole).toString());
        }
        csv += QLatin1String("\r\n");
    }
    return csv;
}

bool TableCsvExporter::write(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(model).toUtf8());
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TableCsvExporter::exportWithDialog(const QAbstractItemModel &model, const QString &suggestedName, QWidget *parent)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export table as CSV"),
                                                      dir + QLatin1Char('/') + suggestedName + QStringLiteral(".csv"),
                                                      QObject::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!write(model, path, &error)) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), error);
        return false;
    }
    return true;
}

} // namespace cl::ui
