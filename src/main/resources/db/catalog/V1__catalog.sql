-- The kiosk's catalog: one row per region, office, item and package. An item is read whole for its
-- guide page, so its details travel as one JSON body; the columns beside it are what lists and
-- filters need (the home screen's self-service tiles, a category's items).

CREATE TABLE catalog_region (
    id       TEXT    PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    body     TEXT    NOT NULL
);

CREATE TABLE catalog_office (
    region_id TEXT    NOT NULL REFERENCES catalog_region (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    body      TEXT    NOT NULL,
    PRIMARY KEY (region_id, position)
);

CREATE TABLE catalog_item (
    id              TEXT    PRIMARY KEY,
    region_id       TEXT    NOT NULL REFERENCES catalog_region (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    number          TEXT    NOT NULL,
    category_number TEXT,
    name            TEXT    NOT NULL,
    self_service    INTEGER NOT NULL CHECK (self_service IN (0, 1)),
    body            TEXT    NOT NULL
);

CREATE INDEX catalog_item_by_region ON catalog_item (region_id, position);

CREATE TABLE catalog_package (
    id        TEXT    PRIMARY KEY,
    region_id TEXT    NOT NULL REFERENCES catalog_region (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    body      TEXT    NOT NULL
);

CREATE INDEX catalog_package_by_region ON catalog_package (region_id, position);

CREATE TABLE catalog_abbreviation (
    abbreviation TEXT    PRIMARY KEY,
    position     INTEGER NOT NULL,
    full_form    TEXT    NOT NULL,
    evidence     TEXT    NOT NULL
);

CREATE TABLE catalog_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
