-- The fleet as the central sees it: the latest heartbeat of each kiosk (one row a kiosk, replaced by
-- each heartbeat), and the changes of state worth keeping (a device becoming not ready, a kiosk
-- coming back), so that storage is bounded by the number of kiosks and of changes, not of heartbeats.
CREATE TABLE fleet_kiosk (
    kiosk_id          TEXT    PRIMARY KEY,
    last_seen_millis  BIGINT  NOT NULL,
    software_version  TEXT    NOT NULL,
    catalog_version   BIGINT  NOT NULL,
    catalog_millis    BIGINT  NOT NULL,
    uptime_seconds    BIGINT  NOT NULL,
    devices           TEXT    NOT NULL
);

-- A device changes state at most once a heartbeat, so kiosk, time and device name an event (and a
-- heartbeat handled twice, by two central processes, records its changes once).
CREATE TABLE fleet_event (
    kiosk_id    TEXT    NOT NULL,
    at_millis   BIGINT  NOT NULL,
    device      TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    PRIMARY KEY (kiosk_id, at_millis, device)
);
