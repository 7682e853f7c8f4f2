-- Portfolios, trades, fills, the journal with tags, and backtest runs with their optimization trials.
CREATE TABLE portfolios (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    currency         TEXT NOT NULL DEFAULT 'USDT',
    initial_balance  REAL NOT NULL CHECK (initial_balance >= 0),
    is_paper         INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL
);

CREATE TABLE trades (
    id            INTEGER PRIMARY KEY,
    portfolio_id  INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    external_id   TEXT NOT NULL,       -- the user's own id from an import; makes re-import idempotent
    exchange_id   INTEGER REFERENCES exchanges(id),
    symbol        TEXT NOT NULL,       -- BASE/QUOTE
    direction     TEXT NOT NULL CHECK (direction IN ('long', 'short')),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('pending', 'open', 'closed', 'cancelled')),
    entry_time    INTEGER,
    exit_time     INTEGER,
    entry_price   REAL,
    exit_price    REAL,
    quantity      REAL NOT NULL,
    fees          REAL NOT NULL DEFAULT 0,
    stop_loss     REAL,
    take_profit   REAL,
    risk_amount   REAL,
    risk_pct      REAL,
    signal_id     INTEGER REFERENCES signals(id) ON DELETE SET NULL,
    pattern_id    INTEGER REFERENCES patterns(id) ON DELETE SET NULL,
    pattern_type  TEXT,
    timeframe     TEXT,
    UNIQUE (portfolio_id, external_id)
);
CREATE INDEX trades_by_exit ON trades (portfolio_id, exit_time);

CREATE TABLE fills (
    id        INTEGER PRIMARY KEY,
    trade_id  INTEGER NOT NULL REFERENCES trades(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('entry', 'exit')),
    time      INTEGER NOT NULL,
    price     REAL NOT NULL,
    quantity  REAL NOT NULL,
    fee       REAL NOT NULL DEFAULT 0
);
CREATE INDEX fills_by_trade ON fills (trade_id, time);

CREATE TABLE journal_entries (
    id          INTEGER PRIMARY KEY,
    trade_id    INTEGER REFERENCES trades(id) ON DELETE CASCADE,
    phase       TEXT NOT NULL CHECK (phase IN ('plan', 'during', 'review', 'lesson')),
    content     TEXT NOT NULL DEFAULT '',   -- Markdown
    mood        TEXT CHECK (mood IN ('confident', 'neutral', 'fearful', 'greedy', 'fomo', 'revenge')),
    checklist   TEXT,                       -- JSON: the pre-trade checklist as ticked
    images      TEXT,                       -- JSON: screenshot files relative to the data folder
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX journal_entries_by_trade ON journal_entries (trade_id, phase);

CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    color  TEXT NOT NULL DEFAULT '#808080'
);

CREATE TABLE trade_tags (
    trade_id  INTEGER NOT NULL REFERENCES trades(id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (trade_id, tag_id)
);
CREATE INDEX trade_tags_by_tag ON trade_tags (tag_id);

CREATE TABLE backtest_runs (
    id          INTEGER PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    symbol_id   INTEGER NOT NULL REFERENCES symbols(id),
    timeframe   TEXT NOT NULL,
    from_time   INTEGER,
    to_time     INTEGER,
    params      TEXT NOT NULL,         -- JSON
    metrics     TEXT,                  -- JSON, spec/metrics.md keys
    trades      TEXT                   -- JSON list of simulated trades
);

CREATE TABLE optimization_trials (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES backtest_runs(id) ON DELETE CASCADE,
    trial       INTEGER NOT NULL,
    seed        INTEGER,
    params      TEXT NOT NULL,         -- JSON
    metrics     TEXT,                  -- JSON
    window      TEXT,                  -- walk-forward window, e.g. in-sample / out-of-sample bounds
    UNIQUE (run_id, trial)
);
