-- People, applications added at run time, and sessions. Times are Unix milliseconds unless named otherwise.
-- A later migration adds per-person grants that reference person(uid) and application(api_key).

CREATE TABLE person (
    uid           INTEGER PRIMARY KEY CHECK (uid > 0 AND uid <= 2147483647),
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    first_name    TEXT    NOT NULL,
    last_name     TEXT    NOT NULL,
    locale        TEXT    NOT NULL,
    picture_url   TEXT    NOT NULL,
    disabled      INTEGER NOT NULL CHECK (disabled IN (0, 1)),
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL
) STRICT;

CREATE TABLE application (
    api_key      TEXT    PRIMARY KEY,
    secret       TEXT    NOT NULL,
    type         TEXT    NOT NULL CHECK (type IN ('DESKTOP', 'WEB')),
    callback_url TEXT,
    display_name TEXT    NOT NULL,
    created_ms   INTEGER NOT NULL
) STRICT;

-- digest: SHA-256 hex of the session key (the key itself is never stored); expires: Unix seconds, 0 for never;
-- reclaim_ms: when the row may go (expires + grace), 9223372036854775807 for never.
-- No foreign keys: sessions of configured applications and of people from the users file are kept too.
CREATE TABLE session (
    digest     TEXT    PRIMARY KEY,
    api_key    TEXT    NOT NULL,
    uid        INTEGER NOT NULL,
    expires    INTEGER NOT NULL,
    secret     TEXT,
    reclaim_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX session_by_person ON session (uid, api_key);
CREATE INDEX session_by_reclaim ON session (reclaim_ms);

-- Rows held per application, kept by the triggers below so that the caps cost no scan on each create.
CREATE TABLE session_tally (
    api_key TEXT    PRIMARY KEY,
    held    INTEGER NOT NULL
) STRICT;

CREATE TRIGGER session_counted AFTER INSERT ON session
BEGIN
    INSERT INTO session_tally (api_key, held) VALUES (NEW.api_key, 1)
        ON CONFLICT (api_key) DO UPDATE SET held = held + 1;
END;

CREATE TRIGGER session_uncounted AFTER DELETE ON session
BEGIN
    UPDATE session_tally SET held = held - 1 WHERE api_key = OLD.api_key;
    DELETE FROM session_tally WHERE api_key = OLD.api_key AND held <= 0;
END;
