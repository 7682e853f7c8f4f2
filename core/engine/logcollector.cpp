#include "logcollector.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cl::engine {

namespace {
constexpr qint64 kRotateBytes = 10 * 1024 * 1024;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}
} // namespace

LogCollector &LogCollector::instance()
{
    static LogCollector collector;
    return collector;
}

bool LogCollector::install(const QString &logFilePath, bool debug, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (QFileInfo(logFilePath).size() > kRotateBytes) {
        QFile::remove(logFilePath + QStringLiteral(".1"));
        QFile::rename(logFilePath, logFilePath + QStringLiteral(".1"));
    }
    m_file.setFileName(logFilePath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot write the log file %1: %2").arg(logFilePath, m_file.errorString());
        return false;
    }
    QLoggingCategory::setFilterRules(debug ? QStringLiteral("cryptolens.*.debug=true")
                                           : QStringLiteral("cryptolens.*.debug=false"));
    m_previous = qInstallMessageHandler(&LogCollector::handle);
    return true;
}

void LogCollector::uninstall()
{
    qInstallMessageHandler(m_previous);
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

void LogCollector::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogCollector &self = instance();
    self.write(type, context.category ? context.category : "default", message);
    if (self.m_previous)
        self.m_previous(type, context, message);
}

void LogCollector::write(QtMsgType type, const char *category, const QString &message)
{
    const QString line = QStringLiteral("%1 %2 [%3] %4")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1String(levelName(type)), QLatin1String(category), message);
    {
        QMutexLocker lock(&m_mutex);
        if (m_file.isOpen()) {
            m_file.write(line.toUtf8() + '\n');
            m_file.flush();
        }
    }
    emit messageLogged(int(type), QString::fromLatin1(category), line);
}

} // namespace cl::engine
