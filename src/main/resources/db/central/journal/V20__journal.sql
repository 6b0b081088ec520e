-- The central's journal: each kiosk transaction exactly once, whatever number of times it arrives
-- (entry_id is the kiosk's UUID of the transaction), and the batches it came in (batch_key is the
-- kiosk's idempotency key of an upload). Portable SQL: the same file runs on SQLite and PostgreSQL.
CREATE TABLE journal_entry (
    entry_id        TEXT    PRIMARY KEY,
    kiosk_id        TEXT    NOT NULL,
    at_millis       BIGINT  NOT NULL,
    item            TEXT    NOT NULL,
    operation       TEXT    NOT NULL,
    outcome         TEXT    NOT NULL,
    person_id       TEXT    NOT NULL,
    person_name     TEXT    NOT NULL,
    person_key      TEXT    NOT NULL,
    reference       TEXT    NOT NULL,
    detail          TEXT    NOT NULL,
    batch_key       TEXT    NOT NULL,
    received_millis BIGINT  NOT NULL
);

CREATE INDEX journal_entry_by_kiosk ON journal_entry (kiosk_id, at_millis);
CREATE INDEX journal_entry_by_person ON journal_entry (person_key);
CREATE INDEX journal_entry_by_reference ON journal_entry (reference);

CREATE TABLE journal_batch (
    batch_key       TEXT    PRIMARY KEY,
    kiosk_id        TEXT    NOT NULL,
    entries         INTEGER NOT NULL,
    received_millis BIGINT  NOT NULL
);
