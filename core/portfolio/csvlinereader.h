#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cl::portfolio {

// Reads a CSV file line by line with line numbers: strips CR and a UTF-8 byte order mark, refuses lines
// over a limit without buffering them (a corrupt or binary file cannot exhaust memory), and splits fields
// with RFC 4180 quoting (Binance quotes every field; ours needs none).
class CsvLineReader
{
public:
    static constexpr qint64 kMaxLineBytes = 1 << 16;

    enum class Result { Line, TooLong, End, Error };

    explicit CsvLineReader(QIODevice &device) : m_device(device) {}

    // The next non-blank line in *line; TooLong when it exceeded kMaxLineBytes (it was skipped).
    Result next(QByteArray *line);
    qint64 lineNumber() const { return m_line; }

    // Splits one line; false with *error on an unterminated quote. Fields are trimmed of spaces.
    static bool split(const QByteArray &line, QStringList *fields, QString *error);
    // 'text' cut to 40 characters and quoted, for messages.
    static QString quoted(const QString &text);

private:
    QIODevice &m_device;
    qint64 m_line = 0;
    bool m_first = true;
};

} // namespace cl::portfolio
