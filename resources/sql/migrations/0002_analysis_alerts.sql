-- Analysis and alerts: patterns, confluence signals, alert rules, firings and delivery attempts.
CREATE TABLE patterns (
    id           INTEGER PRIMARY KEY,
    symbol_id    INTEGER NOT NULL REFERENCES symbols(id),
    timeframe    TEXT NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('fvg', 'order_block', 'liquidity_sweep')),
    direction    TEXT NOT NULL CHECK (direction IN ('bullish', 'bearish')),
    detected_at  INTEGER NOT NULL,     -- open time of the detection candle, UTC ms
    zone_low     REAL NOT NULL,
    zone_high    REAL NOT NULL,
    status       TEXT NOT NULL DEFAULT 'active'
                 CHECK (status IN ('active', 'filled', 'invalidated', 'expired')),
    fill_pct     REAL NOT NULL DEFAULT 0,
    status_at    INTEGER,              -- when the status last changed
    entry        REAL,
    stop         REAL,
    tp1          REAL,
    tp2          REAL,
    tp3          REAL,
    rr1          REAL,
    rr2          REAL,
    rr3          REAL,
    atr          REAL,
    UNIQUE (symbol_id, timeframe, type, detected_at)
);
-- The pattern matrix (newest active pattern per symbol x timeframe) and the zone gate read this index.
CREATE INDEX patterns_active_newest ON patterns (symbol_id, timeframe, status, detected_at DESC);
CREATE INDEX patterns_by_detection ON patterns (detected_at);

CREATE TABLE signals (
    id                 INTEGER PRIMARY KEY,
    symbol_id          INTEGER NOT NULL REFERENCES symbols(id),
    direction          TEXT NOT NULL CHECK (direction IN ('bullish', 'bearish')),
    created_at         INTEGER NOT NULL,
    score              INTEGER NOT NULL,
    aligned_timeframes TEXT NOT NULL,  -- comma list, e.g. 1h,4h,1d
    source_pattern_id  INTEGER REFERENCES patterns(id) ON DELETE SET NULL,
    source_timeframe   TEXT NOT NULL,
    entry              REAL NOT NULL,
    stop               REAL NOT NULL,
    tp1                REAL NOT NULL,
    tp2                REAL NOT NULL,
    tp3                REAL NOT NULL,
    status             TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'notified', 'filled', 'stopped', 'tp_hit', 'expired')),
    status_at          INTEGER,
    UNIQUE (symbol_id, direction, created_at)
);
CREATE INDEX signals_by_time ON signals (created_at DESC);
CREATE INDEX signals_by_symbol ON signals (symbol_id, direction, created_at DESC);

CREATE TABLE alert_rules (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,         -- price_above, price_below, pct_change, volume_spike, rsi_above, ...
    scope       TEXT NOT NULL,         -- JSON: symbols, watchlist, timeframe
    params      TEXT NOT NULL,         -- JSON: level, window, ratio, filters ...
    options     TEXT NOT NULL,         -- JSON: one-shot / re-arm, cooldown, active hours, sound, channels
    expires_at  INTEGER,
    enabled     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
);

CREATE TABLE alert_events (
    id            INTEGER PRIMARY KEY,
    rule_id       INTEGER NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE,
    fired_at      INTEGER NOT NULL,
    symbol_id     INTEGER REFERENCES symbols(id),
    message       TEXT NOT NULL,
    fired_values  TEXT NOT NULL,       -- JSON: the values that fired the rule
    acknowledged  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alert_events_by_time ON alert_events (fired_at DESC);
CREATE INDEX alert_events_by_rule ON alert_events (rule_id, fired_at DESC);

CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    alert_event_id  INTEGER REFERENCES alert_events(id) ON DELETE CASCADE,
    channel         TEXT NOT NULL,     -- toast, tray, ntfy, webhook, telegram
    attempt         INTEGER NOT NULL,
    attempted_at    INTEGER NOT NULL,
    outcome         TEXT NOT NULL,     -- delivered, retrying, failed, skipped
    http_status     INTEGER,
    error           TEXT
);
CREATE INDEX notifications_by_event ON notifications (alert_event_id);
