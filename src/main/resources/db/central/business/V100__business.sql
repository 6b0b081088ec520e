-- The business side of the central (the reference BusinessSystem). Written to run unchanged on SQLite and
-- PostgreSQL: TEXT, INTEGER and BIGINT only; dates as ISO-8601 TEXT (yyyy-MM-dd, months yyyy-MM), which
-- sort as they compare; money as BIGINT fen so no float ever rounds a contribution.

CREATE TABLE business_person (
    id_number  TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    gender     TEXT NOT NULL,
    birth_date TEXT NOT NULL
);

-- The legal representative is an identity number but no foreign key: a representative need not be insured here.
CREATE TABLE business_unit (
    credit_code          TEXT    PRIMARY KEY,
    name                 TEXT    NOT NULL,
    legal_representative TEXT    NOT NULL,
    in_arrears           INTEGER NOT NULL
);
CREATE INDEX business_unit_by_representative ON business_unit (legal_representative);

-- pin_hash holds the algorithm, iterations, salt and hash together (see PinHashes); never the PIN.
CREATE TABLE business_card (
    card_number    TEXT    PRIMARY KEY,
    id_number      TEXT    NOT NULL REFERENCES business_person (id_number),
    state          TEXT    NOT NULL,
    state_since    TEXT    NOT NULL,
    issuing_bank   TEXT    NOT NULL,
    bank_account   TEXT    NOT NULL,
    issue_date     TEXT    NOT NULL,
    expiry_date    TEXT    NOT NULL,
    pin_hash       TEXT    NOT NULL,
    pin_tries_left INTEGER NOT NULL
);
CREATE INDEX business_card_by_person ON business_card (id_number);

-- One row per person and calendar year: the unit, the monthly base and the twelve months' payment states as
-- twelve characters (P paid, B back-paid, A in arrears, - none). Pension insurance covers every row;
-- unemployment insurance the rows from unemployment_from, work injury the rows from work_injury_from.
CREATE TABLE business_contribution_year (
    id_number          TEXT    NOT NULL REFERENCES business_person (id_number),
    year               INTEGER NOT NULL,
    credit_code        TEXT    NOT NULL REFERENCES business_unit (credit_code),
    monthly_base_fen   BIGINT  NOT NULL,
    months             TEXT    NOT NULL,
    PRIMARY KEY (id_number, year)
);
CREATE INDEX business_contribution_by_unit ON business_contribution_year (credit_code, year);

CREATE TABLE business_insurance_start (
    id_number TEXT    NOT NULL REFERENCES business_person (id_number),
    insurance TEXT    NOT NULL,
    from_year INTEGER NOT NULL,
    PRIMARY KEY (id_number, insurance)
);

CREATE TABLE business_pension (
    id_number         TEXT   PRIMARY KEY REFERENCES business_person (id_number),
    first_month       TEXT   NOT NULL,
    initial_fen       BIGINT NOT NULL,
    status            TEXT   NOT NULL
);

CREATE TABLE business_entitlement (
    id_number         TEXT NOT NULL REFERENCES business_person (id_number),
    kind              TEXT NOT NULL,
    last_certified    TEXT,
    due_by            TEXT NOT NULL,
    suspended_because TEXT,
    PRIMARY KEY (id_number, kind)
);

CREATE TABLE business_separation (
    id_number                TEXT PRIMARY KEY REFERENCES business_person (id_number),
    credit_code              TEXT NOT NULL REFERENCES business_unit (credit_code),
    separated_on             TEXT NOT NULL,
    reason                   TEXT NOT NULL,
    registered_unemployed_on TEXT
);

CREATE TABLE business_skill_certificate (
    certificate_number TEXT PRIMARY KEY,
    id_number          TEXT NOT NULL REFERENCES business_person (id_number),
    occupation         TEXT NOT NULL,
    level              TEXT NOT NULL,
    issued_on          TEXT NOT NULL
);
CREATE INDEX business_skill_by_person ON business_skill_certificate (id_number);

CREATE TABLE business_application (
    application_number TEXT PRIMARY KEY,
    id_number          TEXT NOT NULL REFERENCES business_person (id_number),
    kind               TEXT NOT NULL,
    subject            TEXT NOT NULL,
    submitted_on       TEXT NOT NULL,
    UNIQUE (id_number, kind, subject)
);
