// The translation catalogues are complete: lupdate over today's sources finds no string the catalogues lack,
// and lrelease finds no unfinished translation. Runs the real Qt Linguist tools on copies of the .ts files,
// so the catalogues in the tree are never rewritten by a test.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TstTranslationCatalogues : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(120'000) || process.exitCode() != 0)
            return QStringLiteral("FAILED: %1 %2\n%3").arg(program, arguments.join(QLatin1Char(' ')),
                                                         QString::fromLocal8Bit(process.readAll()));
        return QString::fromLocal8Bit(process.readAll());
    }

    // The files translations/CMakeLists.txt gives lupdate: every .cpp and .h under ui/ and app/gui/.
    static QStringList translatedSources()
    {
        QStringList files;
        for (const char *folder : {"ui", "app/gui"}) {
            QDirIterator it(QStringLiteral(CL_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        files.sort();
        return files;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "es", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QString name = QStringLiteral("cryptolens_%1.ts").arg(language);
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(CL_SOURCE_DIR "/translations/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        const QString listFile = m_dir.filePath(QStringLiteral("sources.txt"));
        QFile list(listFile);
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write(translatedSources().join(QLatin1Char('\n')).toUtf8());
        list.close();

        const QString updated = run(QStringLiteral(CL_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                                  QStringLiteral("none"), QLatin1Char('@') + listFile,
                                                                  QStringLiteral("-ts"), copy});
        const auto found = QRegularExpression(QStringLiteral(R"(Found (\d+) source text\(s\) \((\d+) new)")).match(updated);
        QVERIFY2(found.hasMatch(), qPrintable(updated));
        QVERIFY2(found.captured(1).toInt() > 500, qPrintable(updated));
        QVERIFY2(found.captured(2).toInt() == 0,
                 qPrintable(QStringLiteral("%1 string(s) in tr() are missing from %2:\n%3").arg(found.captured(2), name, updated)));
        QVERIFY2(!updated.contains(QStringLiteral("obsolete entries")),
                 qPrintable(QStringLiteral("%1 keeps strings the sources no longer have:\n%2").arg(name, updated)));

        const QString released = run(QStringLiteral(CL_LRELEASE), {copy, QStringLiteral("-qm"), m_dir.filePath(QStringLiteral("x.qm"))});
        const auto counts = QRegularExpression(QStringLiteral(R"((\d+) finished and (\d+) unfinished)")).match(released);
        QVERIFY2(counts.hasMatch(), qPrintable(released));
        QVERIFY2(counts.captured(2).toInt() == 0, qPrintable(QStringLiteral("%1: %2").arg(name, released)));
    }
};

QTEST_GUILESS_MAIN(TstTranslationCatalogues)
#include "tst_translationcatalogues.moc"
