-- Raw trades, recorded only for symbols where the user turned recording on (off by default), for replay and
-- audit. Kept for a retention window (7 days by default) and purged by the candle worker. The key makes
-- re-sent trades (snapshots after a reconnect, overlapping feeds) idempotent: (exchange, symbol) is symbol_id.
CREATE TABLE raw_trades (
    symbol_id  INTEGER NOT NULL REFERENCES symbols(id),
    trade_id   TEXT NOT NULL,          -- the exchange's id as text (int64 counters, UUIDs, hex)
    ts         INTEGER NOT NULL,       -- UTC milliseconds
    price      REAL NOT NULL,
    size       REAL NOT NULL,
    side       INTEGER NOT NULL,       -- 0 unknown, 1 taker buy, 2 taker sell
    PRIMARY KEY (symbol_id, trade_id)
) WITHOUT ROWID;

-- Retention purges by time across all symbols; replay reads one symbol's range.
CREATE INDEX raw_trades_ts ON raw_trades (ts);
CREATE INDEX raw_trades_symbol_ts ON raw_trades (symbol_id, ts);
