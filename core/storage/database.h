#pragma once

#include <QString>

namespace cl::storage {

// Start-up of a database file: create it if missing, check an existing one with quick_check, refuse a schema
// newer than the program, and migrate. Every executable goes through prepare() once before it opens its
// own connections (the writer's and the readers').
class Database
{
public:
    enum class Status { Ok, Damaged, TooNew, Failed };

    struct Outcome
    {
        Status status = Status::Failed;
        QString message;        // what happened, for a person
        int schemaVersion = 0;  // after migration
        bool created = false;   // the file did not exist before
    };

    static Outcome prepare(const QString &path);

    // Renames a damaged file and its -wal/-shm companions to PATH.damaged-YYYYMMDDTHHMMSS (never deletes).
    // Returns the new path of the main file, or an empty string with *error.
    static QString moveAside(const QString &path, QString *error);

    // quick_check (fast) or integrity_check (thorough) on an open file; empty string when it passes.
    static QString checkIntegrity(const QString &path, bool thorough);
};

} // namespace cl::storage
