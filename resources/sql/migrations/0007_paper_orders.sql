-- Paper trading: the orders of paper portfolios, filled by the PaperTradingEngine against the live feed's trades.
-- A fill becomes a row of fills (and journal text) of the order's trade; the order keeps what filled it.
CREATE TABLE paper_orders (
    id            INTEGER PRIMARY KEY,
    portfolio_id  INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    trade_id      INTEGER NOT NULL REFERENCES trades(id) ON DELETE CASCADE,
    exchange      TEXT NOT NULL,             -- binance, bybit ... (the feed the order listens to)
    symbol        TEXT NOT NULL,             -- BASE/QUOTE
    side          TEXT NOT NULL CHECK (side IN ('buy', 'sell')),
    type          TEXT NOT NULL CHECK (type IN ('market', 'limit', 'stop', 'take_profit')),
    intent        TEXT NOT NULL CHECK (intent IN ('open', 'close')),
    quantity      REAL NOT NULL CHECK (quantity > 0),
    price         REAL,                      -- limit price or trigger; NULL for market orders
    status        TEXT NOT NULL DEFAULT 'working' CHECK (status IN ('working', 'filled', 'cancelled')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    fill_time     INTEGER,
    fill_price    REAL,
    fee           REAL
);
CREATE INDEX paper_orders_working ON paper_orders (status, symbol);
CREATE INDEX paper_orders_by_trade ON paper_orders (trade_id);

-- Per paper portfolio: the fee rate (fraction of the notional) and the slippage in basis points.
CREATE TABLE paper_accounts (
    portfolio_id  INTEGER PRIMARY KEY REFERENCES portfolios(id) ON DELETE CASCADE,
    fee_rate      REAL NOT NULL DEFAULT 0.001 CHECK (fee_rate >= 0),
    slippage_bps  REAL NOT NULL DEFAULT 0 CHECK (slippage_bps >= 0)
);
