#include "csvlinereader.h"

#include <QIODevice>

namespace cl::portfolio {

CsvLineReader::Result CsvLineReader::next(QByteArray *line)
{
    while (true) {
        if (m_device.atEnd())
            return Result::End;
        // readLine's limit counts differently between overloads; asking for two more bytes than allowed makes
        // "longer than the limit" unambiguous either way.
        QByteArray chunk = m_device.readLine(kMaxLineBytes + 2);
        if (chunk.isEmpty() && !m_device.atEnd())
            return Result::Error;
        ++m_line;
        if (chunk.size() > kMaxLineBytes && !chunk.endsWith('\n')) {
            // Drain the rest of the overlong line in bounded pieces.
            while (!m_device.atEnd()) {
                const QByteArray rest = m_device.readLine(kMaxLineBytes + 2);
                if (rest.isEmpty() || rest.endsWith('\n'))
                    break;
            }
            return Result::TooLong;
        }
        while (chunk.endsWith('\n') || chunk.endsWith('\r'))
            chunk.chop(1);
        if (m_first) {
            m_first = false;
            if (chunk.startsWith("\xEF\xBB\xBF"))
                chunk.remove(0, 3);
        }
        if (chunk.trimmed().isEmpty())
            continue; // blank lines (a trailing newline, an editor's last line) carry no row
        *line = chunk;
        return Result::Line;
    }
}

bool CsvLineReader::split(const QByteArray &line, QStringList *fields, QString *error)
{
    fields->clear();
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == ',') {
            fields->append(QString::fromUtf8(wasQuoted ? field : field.trimmed()));
            field.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            field += c;
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quote in column %1").arg(fields->size() + 1);
        return false;
    }
    fields->append(QString::fromUtf8(wasQuoted ? field : field.trimmed()));
    return true;
}

QString CsvLineReader::quoted(const QString &text)
{
    constexpr qsizetype kShown = 40;
    return QLatin1Char('\'') + (text.size() > kShown ? text.left(kShown) + QStringLiteral("...") : text)
        + QLatin1Char('\'');
}

} // namespace cl::portfolio
