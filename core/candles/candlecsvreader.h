#pragma once

#include "model/candle.h"
#include "model/timeframe.h"

#include <QByteArray>
#include <QString>

#include <string_view>

class QIODevice;

namespace cl::candles {

struct CsvProblem
{
    qint64 line = 0;
    QString reason;
};

// Streams a candle CSV (spec/cli.md) row by row without loading the file: a fixed read buffer, no
// per-line allocations. Each row is checked for column count, numbers, NaN/inf, sign, OHLC consistency,
// alignment to the timeframe and strictly ascending time against the last valid row.
class CandleCsvReader
{
public:
    enum class Result { Row, Invalid, End, Error };

    CandleCsvReader(QIODevice &device, model::Timeframe timeframe);

    // Reads and checks the header line; Error with *problem when it is not the expected header.
    Result readHeader(CsvProblem *problem);
    // The next row: Row fills *candle, Invalid fills *problem (and the reader moves on), End at the end,
    // Error when the device cannot be read.
    Result next(model::Candle *candle, CsvProblem *problem);

    qint64 lineNumber() const { return m_line; }
    qint64 bytesRead() const { return m_consumedBytes; }

    // Exposed for tests and other importers: "1709294400000" or "2024-03-01T12:00:00Z" -> UTC ms.
    static bool parseTimestamp(std::string_view text, qint64 *ms);

private:
    bool nextLine(std::string_view *line);
    QString checkRow(std::string_view line, model::Candle *candle) const;

    QIODevice &m_device;
    model::Timeframe m_timeframe;
    QByteArray m_buffer;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_readError = false;
    qint64 m_line = 0;
    qint64 m_consumedBytes = 0;
    bool m_havePrevious = false;
    qint64 m_previousTime = 0;
    qint64 m_previousLine = 0;
};

} // namespace cl::candles
