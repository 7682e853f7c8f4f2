-- Alerts: the push channels (ntfy, webhook, telegram) the rules deliver through. Tokens are never here:
-- they live in the OS keychain under the channel name (core/alerts/secretstore.h).
CREATE TABLE alert_channels (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,  -- what alert rules list in options.channels
    kind        TEXT NOT NULL CHECK (kind IN ('ntfy', 'webhook', 'telegram')),
    url         TEXT NOT NULL,         -- ntfy server, webhook URL, or the Telegram API base
    topic       TEXT NOT NULL DEFAULT '', -- ntfy topic, Telegram chat id
    enabled     INTEGER NOT NULL DEFAULT 1,
    has_token   INTEGER NOT NULL DEFAULT 0, -- a token is in the keychain for this channel
    options     TEXT NOT NULL DEFAULT '{}', -- JSON: priority, tags, rate limit
    created_at  INTEGER NOT NULL
);
