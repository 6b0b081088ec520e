-- The central's versioned catalog. Every row carries the catalog version that last changed it; a
-- delete keeps the row as a tombstone (body NULL) with the version of the delete, so that a kiosk
-- asking for the changes since N learns of it. SQL common to SQLite and PostgreSQL.

-- One global counter: a publish takes the next number by UPDATE ... SET version = version + 1, which
-- serialises concurrent publishes on this one row in either database. pruned_through is the newest
-- version of any tombstone pruned so far: a kiosk behind it gets a full snapshot.
CREATE TABLE catalog_version (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    version        BIGINT  NOT NULL,
    pruned_through BIGINT  NOT NULL
);

INSERT INTO catalog_version (id, version, pruned_through) VALUES (1, 0, 0);

-- scope: the region the row belongs to, or '*' for rows every region uses (abbreviations).
CREATE TABLE catalog_row (
    kind       TEXT    NOT NULL,
    row_key    TEXT    NOT NULL,
    scope      TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    body       TEXT,
    version    BIGINT  NOT NULL,
    changed_at BIGINT  NOT NULL,
    PRIMARY KEY (kind, row_key)
);

CREATE INDEX catalog_row_by_scope_version ON catalog_row (scope, version);

-- The version that last changed anything in a scope: a region's current version is the newer of its
-- own and '*'. Kept apart from the rows so that pruning a tombstone never moves it back.
CREATE TABLE catalog_scope_version (
    scope   TEXT   PRIMARY KEY,
    version BIGINT NOT NULL
);
