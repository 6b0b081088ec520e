-- The region rules that travel with the catalog: a region's eligibility rule sets and the holiday calendar,
-- each row the JSON text of one rule set or one year, as the curated files give them.

CREATE TABLE catalog_rule_set (
    key       TEXT    PRIMARY KEY,
    region_id TEXT    NOT NULL REFERENCES catalog_region (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    body      TEXT    NOT NULL
);

CREATE INDEX catalog_rule_set_by_region ON catalog_rule_set (region_id, position);

CREATE TABLE catalog_holiday_year (
    year     INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    body     TEXT    NOT NULL
);

-- A catalog imported before this migration lacks its rules although its version names the curated files
-- that have them: forgetting the version makes the kiosk import the curated catalog again at its next start.
DELETE FROM catalog_meta WHERE key = 'version';
