#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace cl::storage {

class SqlConnection;

// One row of feed_coverage: a run of 1m open times [start, end] that is stored, or a hole.
struct CoverageRange
{
    enum class Kind : quint8 { Stored, Hole };
    Kind kind = Kind::Stored;
    qint64 start = 0;
    qint64 end = 0;
    int attempts = 0;
    qint64 nextRetryMs = -1;
    QString lastError;

    friend bool operator==(const CoverageRange &, const CoverageRange &) = default;
};

// The coverage record of the live feed (migration 0004): stored ranges merge with their neighbours, and a
// stored range removes the holes it covers, so the table always reads as "what we have, what is missing".
// Writers call it inside the StorageWriter's transaction; readers on their own connection.
class CoverageRepository
{
public:
    static constexpr qint64 kMinuteMs = 60'000;

    explicit CoverageRepository(SqlConnection &connection) : m_connection(connection) {}

    bool addStored(qint64 symbolId, qint64 start, qint64 end, qint64 nowMs, QString *error);
    // Records (or widens) a hole and counts the failed attempt.
    bool addHole(qint64 symbolId, qint64 start, qint64 end, qint64 nextRetryMs, const QString &why, qint64 nowMs,
                 QString *error);
    // Ascending by start; stored ranges and holes mixed.
    QList<CoverageRange> ranges(qint64 symbolId, QString *error = nullptr);
    QList<CoverageRange> holes(qint64 symbolId, QString *error = nullptr);

private:
    bool removeOverlapping(qint64 symbolId, CoverageRange::Kind kind, qint64 from, qint64 to, QList<CoverageRange> *removed,
                           QString *error);
    bool insert(qint64 symbolId, const CoverageRange &range, qint64 nowMs, QString *error);

    SqlConnection &m_connection;
};

} // namespace cl::storage
