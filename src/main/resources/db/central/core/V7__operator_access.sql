-- The operators of the central's web pages (the fleet page): each with a salted PBKDF2 hash of the
-- password, the count of consecutive failed sign-ins and, after too many, until when the account is
-- locked. In the database rather than in a process, so every central behind a load balancer counts the
-- same attempts. Portable SQL: the same file runs on SQLite and PostgreSQL.
CREATE TABLE operator_account (
    name                TEXT    PRIMARY KEY,
    password_hash       TEXT    NOT NULL,
    failed_attempts     INTEGER NOT NULL,
    locked_until_millis BIGINT  NOT NULL
);

-- The key that signs operators' session cookies: one row, made by the first central that needs it, so
-- that a cookie one central signed is good at every other.
CREATE TABLE operator_session_key (
    id     INTEGER PRIMARY KEY,
    secret TEXT    NOT NULL
);
