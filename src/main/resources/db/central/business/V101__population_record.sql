-- Which demo population the business tables hold (its seed, size and as-of day), so that the demo's
-- emulated cards can be made for exactly the people the central generated. One row, or none.
CREATE TABLE business_population (
    id     INTEGER PRIMARY KEY,
    seed   BIGINT  NOT NULL,
    size   BIGINT  NOT NULL,
    as_of  TEXT    NOT NULL
);
