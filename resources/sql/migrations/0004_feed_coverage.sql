-- Live feed coverage (issue 3, Gaps): per symbol, the 1m ranges known to be stored and the holes a
-- backfill could not fill yet (retried with backoff). Ranges are inclusive 1m open times, UTC ms.
CREATE TABLE feed_coverage (
    symbol_id    INTEGER NOT NULL REFERENCES symbols(id),
    kind         TEXT NOT NULL CHECK (kind IN ('stored', 'hole')),
    range_start  INTEGER NOT NULL,
    range_end    INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,   -- holes: failed backfill attempts so far
    next_retry   INTEGER,                      -- holes: when to try again, UTC ms
    last_error   TEXT,                         -- holes: why the last attempt failed
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (symbol_id, kind, range_start),
    CHECK (range_end >= range_start)
) WITHOUT ROWID;
