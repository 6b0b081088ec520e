-- The kiosk's journal outbox: every transaction is written here first, durably, and stays until the
-- central server has acknowledged it. Entries hold no personal data in clear (see JournalEntry).
CREATE TABLE outbox_entry (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id TEXT    NOT NULL UNIQUE,
    body     TEXT    NOT NULL
);
