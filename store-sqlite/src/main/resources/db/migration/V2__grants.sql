-- Grants: per (person, application) the time the application was authorized, and each extended permission with
-- the time it was granted. Times are Unix milliseconds.
-- uid and api_key are not foreign keys: people of the users file and applications of the configuration grant
-- too, and have no row here. The triggers below remove the grants of a removed person or application instead,
-- whoever removes them (the server, the CLI), so a uid or api key given out again starts with nothing.

CREATE TABLE authorized_app (
    uid      INTEGER NOT NULL CHECK (uid > 0 AND uid <= 2147483647),
    api_key  TEXT    NOT NULL,
    since_ms INTEGER NOT NULL,
    PRIMARY KEY (uid, api_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX authorized_app_by_application ON authorized_app (api_key);

CREATE TABLE granted_permission (
    uid        INTEGER NOT NULL,
    api_key    TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    granted_ms INTEGER NOT NULL,
    PRIMARY KEY (uid, api_key, name),
    FOREIGN KEY (uid, api_key) REFERENCES authorized_app (uid, api_key) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- A trigger rather than only the cascade: a sqlite3 shell has foreign keys off unless told otherwise.
CREATE TRIGGER authorized_app_removed AFTER DELETE ON authorized_app
BEGIN
    DELETE FROM granted_permission WHERE uid = OLD.uid AND api_key = OLD.api_key;
END;

CREATE TRIGGER person_grants_removed AFTER DELETE ON person
BEGIN
    DELETE FROM authorized_app WHERE uid = OLD.uid;
END;

CREATE TRIGGER application_grants_removed AFTER DELETE ON application
BEGIN
    DELETE FROM authorized_app WHERE api_key = OLD.api_key;
END;
