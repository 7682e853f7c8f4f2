-- Market data: exchanges, symbols, closed candles, watchlists, settings.
CREATE TABLE exchanges (
    id    INTEGER PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE,        -- command-line id: binance, bybit, okx, coinbase, kraken, kucoin, sim
    name  TEXT NOT NULL
);
INSERT INTO exchanges (id, code, name) VALUES
    (1, 'binance', 'Binance'), (2, 'bybit', 'Bybit'), (3, 'okx', 'OKX'), (4, 'coinbase', 'Coinbase'),
    (5, 'kraken', 'Kraken'), (6, 'kucoin', 'KuCoin'), (7, 'sim', 'Simulated');

CREATE TABLE symbols (
    id             INTEGER PRIMARY KEY,
    exchange_id    INTEGER NOT NULL REFERENCES exchanges(id),
    base           TEXT NOT NULL,
    quote          TEXT NOT NULL,
    native_symbol  TEXT NOT NULL,      -- the exchange's own spelling (BTCUSDT, BTC-USDT, BTC/USD ...)
    session        TEXT,               -- JSON trading session; NULL = 24/7 UTC (crypto)
    UNIQUE (exchange_id, base, quote)
);

-- Closed candles only; the forming candle lives in memory. One row per (symbol, timeframe, open time).
CREATE TABLE candles (
    symbol_id  INTEGER NOT NULL REFERENCES symbols(id),
    timeframe  INTEGER NOT NULL,       -- length in minutes: 1 3 5 15 30 60 120 240 360 720 1440 10080
                                       -- (an integer key compares faster than '1h' on every insert)
    open_time  INTEGER NOT NULL,       -- UTC milliseconds, bucket start
    open       REAL NOT NULL,
    high       REAL NOT NULL,
    low        REAL NOT NULL,
    close      REAL NOT NULL,
    volume     REAL NOT NULL,
    PRIMARY KEY (symbol_id, timeframe, open_time)
) WITHOUT ROWID;

CREATE TABLE watchlists (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE watchlist_items (
    watchlist_id  INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    symbol_id     INTEGER NOT NULL REFERENCES symbols(id),
    group_name    TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (watchlist_id, symbol_id)
);
CREATE INDEX watchlist_items_by_symbol ON watchlist_items (symbol_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT
);
