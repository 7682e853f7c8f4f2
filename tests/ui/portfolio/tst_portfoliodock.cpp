#include "portfolio/analyticsview.h"
#include "portfolio/portfoliodock.h"
#include "portfolio/stringtablemodel.h"

#include "../../portfolio/journalfixture.h"
#include "model/manualclock.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cl::portfolio;
using cl::ui::PortfolioDock;

class TstPortfolioDock : public QObject
{
    Q_OBJECT

private:
    cl::test::JournalFixture m_fixture;
    cl::model::ManualClock m_clock{1'710'000'000'000};

private slots:
    void initTestCase() { QVERIFY(m_fixture.build(5)); }

    void showsTheTrades()
    {
        PortfolioDock dock(m_fixture.connection, m_clock, m_fixture.dataDir);
        QAbstractItemModelTester tester(dock.tradesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dock.snapshot());
        QCOMPARE(dock.tradesModel()->rowCount(), 8);
        QSignalSpy selected(&dock, &PortfolioDock::tradeSelected);
        dock.tradesView()->selectRow(1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.front().front().toLongLong(), dock.tradeIdAt(1));
        QSignalSpy chart(&dock, &PortfolioDock::openChartRequested);
        emit dock.tradesView()->doubleClicked(dock.tradesModel()->index(0, 0));
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.front().at(1).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(chart.front().at(2).toString(), QStringLiteral("1h"));
        QCOMPARE(dock.journalMenu()->actions().size(), 2);
    }

    void savesANewTradeFromADraft()
    {
        PortfolioDock dock(m_fixture.connection, m_clock, m_fixture.dataDir);
        TradeDraft d;
        d.symbol = QStringLiteral("ETH/USDT");
        d.entry = 3000;
        d.stop = 2900;
        QString error;
        const auto id = dock.saveTrade(d.toTrade(dock.snapshot()->portfolio.id, 1.0, m_clock.nowMs()), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(dock.tradesModel()->rowCount(), 9);
        QVERIFY(dock.snapshot()->trade(*id));
        QVERIFY(dock.snapshot()->trade(*id)->externalId.startsWith(QStringLiteral("manual-")));
    }

    void exportsTheJournal()
    {
        PortfolioDock dock(m_fixture.connection, m_clock, m_fixture.dataDir);
        const QString md = m_fixture.root.filePath(QStringLiteral("journal.md"));
        const auto mdResult = dock.exportJournal(QStringLiteral("md"), md);
        QVERIFY2(mdResult.ok, qPrintable(mdResult.error));
        QVERIFY(QFile::exists(md));
        const QString pdf = m_fixture.root.filePath(QStringLiteral("journal.pdf"));
        const auto pdfResult = dock.exportJournal(QStringLiteral("pdf"), pdf);
        QVERIFY2(pdfResult.ok, qPrintable(pdfResult.error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TstPortfolioDock)
#include "tst_portfoliodock.moc"
