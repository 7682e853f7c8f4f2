#include "portfolio/stringtablemodel.h"
#include "portfolio/tablecsvexporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cl::ui::StringTableModel;
using cl::ui::TableCsvExporter;

class TstTableCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void quotesWhatNeedsQuoting()
    {
        StringTableModel model;
        model.setTable({QStringLiteral("Key"), QStringLiteral("Net, P&L")},
                       std::vector<QStringList>{{QStringLiteral("BTC/USDT"), QStringLiteral("-12.50")},
                                                {QStringLiteral("say \"hi\""), QStringLiteral("line\nbreak")},
                                                {QStringLiteral("ünïcode ∞"), QString()}});
        QCOMPARE(TableCsvExporter::toCsv(model),
                 QStringLiteral("Key,\"Net, P&L\"\r\nBTC/USDT,-12.50\r\n\"say \"\"hi\"\"\",\"line\nbreak\"\r\nünïcode ∞,\r\n"));
    }

    void emptyTableHasTheHeader()
    {
        StringTableModel model;
        model.setTable({QStringLiteral("A"), QStringLiteral("B")}, std::vector<QStringList>{});
        QCOMPARE(TableCsvExporter::toCsv(model), QStringLiteral("A,B\r\n"));
    }

    void writesUtf8File()
    {
        QTemporaryDir dir;
        StringTableModel model;
        model.setTable({QStringLiteral("Mood")}, std::vector<QStringList>{{QStringLiteral("fömo")}});
        QString error;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY2(TableCsvExporter::write(model, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), QStringLiteral("Mood\r\nfömo\r\n"));
        QVERIFY(!TableCsvExporter::write(model, dir.filePath(QStringLiteral("no/such/dir/t.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));
    }
};

QTEST_MAIN(TstTableCsvExporter)
#include "tst_tablecsvexporter.moc"
