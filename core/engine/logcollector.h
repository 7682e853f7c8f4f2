#pragma once

#include <QFile>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QtGlobal>

namespace cl::engine {

// Receives every qDebug/qInfo/qWarning of the process (all QLoggingCategory categories), appends it to the log
// file in the data folder with a UTC timestamp and category, and re-emits it for the log dock. Messages come
// from any thread; the file write is serialized and the signal is delivered queued to the GUI.
class LogCollector : public QObject
{
    Q_OBJECT

public:
    static LogCollector &instance();

    // Opens (appends to) the log file and installs the message handler. Rotates a file over 10 MiB to .1.
    bool install(const QString &logFilePath, bool debug, QString *error);
    void uninstall();
    QString filePath() const { return m_file.fileName(); }

signals:
    void messageLogged(int type, const QString &category, const QString &line);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void write(QtMsgType type, const char *category, const QString &message);

    QMutex m_mutex;
    QFile m_file;
    QtMessageHandler m_previous = nullptr;
};

} // namespace cl::engine
