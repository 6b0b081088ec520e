-- When each kiosk last called POST /v1/last-seen (epoch milliseconds): the smallest state that shows
-- two central processes over one database answering alike. The heartbeat design replaces it later.
CREATE TABLE kiosk_last_seen (
    kiosk_id     VARCHAR(64) PRIMARY KEY,
    last_seen_at BIGINT      NOT NULL,
    seen_by      VARCHAR(200) NOT NULL
);
