package com.hallkiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The central's record of the fleet, on its database (SQLite or PostgreSQL, the same SQL): each
 * kiosk's latest heartbeat, and the changes of state between heartbeats — a device's state changing,
 * a kiosk coming back after being offline. Storage grows with kiosks and changes, never with
 * heartbeats; events past the retention are pruned. No state is kept between requests.
 */
public final class FleetStore {
    /** The pseudo-device of events about the kiosk itself (back online after an outage). */
    public static final String KIOSK = "kiosk";
    private static final TypeReference<List<Heartbeat.DeviceReport>> DEVICES = new TypeReference<>() {
    };
    private static final String UPSERT = "INSERT INTO fleet_kiosk (kiosk_id, last_seen_millis, software_version,"
            + " catalog_version, catalog_millis, uptime_seconds, devices) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_millis = excluded.last_seen_millis,"
            + " software_version = excluded.software_version, catalog_version = excluded.catalog_version,"
            + " catalog_millis = excluded.catalog_millis, uptime_seconds = excluded.uptime_seconds,"
            + " devices = excluded.devices";
    private static final String EVENT = "INSERT INTO fleet_event (kiosk_id, at_millis, device, state, reason)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kiosk_id, at_millis, device) DO NOTHING";

    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource database;
    private final OnlinePolicy online;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public FleetStore(DataSource database, OnlinePolicy online, Clock clock) {
        this.database = database;
        this.online = online;
        this.clock = clock;
    }

    /** Records {@code heartbeat}, received now from the kiosk its certificate names. */
    public void record(String kioskId, Heartbeat heartbeat) {
        if (!heartbeat.kioskId().equals(kioskId)) {
            throw new IllegalArgumentException("kiosk " + kioskId + " sent the heartbeat of kiosk " + heartbeat.kioskId());
        }
        Instant now = clock.instant();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Previous> previous = previous(connection, kioskId);
                try (PreparedStatement event = prepared(connection, EVENT)) {
                    for (Change change : changes(previous, heartbeat, now)) {
                        event.setString(1, kioskId);
                        event.setLong(2, now.toEpochMilli());
                        event.setString(3, change.device());
                        event.setString(4, change.state());
                        event.setString(5, change.reason());
                        event.addBatch();
                    }
                    event.executeBatch();
                }
                try (PreparedStatement upsert = prepared(connection, UPSERT)) {
                    upsert.setString(1, kioskId);
                    upsert.setLong(2, now.toEpochMilli());
                    upsert.setString(3, heartbeat.softwareVersion());
                    upsert.setLong(4, heartbeat.catalogVersion());
                    upsert.setLong(5, heartbeat.catalogSyncedAt().toEpochMilli());
                    upsert.setLong(6, heartbeat.uptime().toSeconds());
                    upsert.setString(7, json.writeValueAsString(heartbeat.devices()));
                    upsert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new FleetStoreException("cannot record the heartbeat of kiosk " + kioskId, e);
        }
    }

    private record Previous(Instant lastSeen, Map<String, Heartbeat.DeviceReport> devices) {
    }

    private record Change(String device, String state, String reason) {
    }

    /** A device whose state differs from the last heartbeat's (or, new, is not ready), and a kiosk back from offline. */
    private List<Change> changes(Optional<Previous> previous, Heartbeat heartbeat, Instant now) {
        List<Change> changes = new ArrayList<>();
        Map<String, Heartbeat.DeviceReport> before = previous.map(Previous::devices).orElse(Map.of());
        if (previous.isEmpty()) {
            changes.add(new Change(KIOSK, "ONLINE", "first heartbeat"));
        } else if (!online.online(previous.get().lastSeen(), now)) {
            changes.add(new Change(KIOSK, "ONLINE", "back after " + Duration.between(previous.get().lastSeen(), now).toMinutes()
                    + " min without a heartbeat"));
        }
        for (Heartbeat.DeviceReport device : heartbeat.devices()) {
            Heartbeat.DeviceReport was = before.get(device.device());
            boolean changed = was == null ? !"READY".equals(device.state()) : !was.state().equals(device.state());
            if (changed) {
                changes.add(new Change(device.device(), device.state(), device.reason()));
            }
        }
        return changes;
    }

    private Optional<Previous> previous(Connection connection, String kioskId) throws SQLException, JsonProcessingException {
        try (PreparedStatement select = prepared(connection, 
                "SELECT last_seen_millis, devices FROM fleet_kiosk WHERE kiosk_id = ?")) {
            select.setString(1, kioskId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Map<String, Heartbeat.DeviceReport> devices = new HashMap<>();
                for (Heartbeat.DeviceReport device : json.readValue(row.getString(2), DEVICES)) {
                    devices.put(device.device(), device);
                }
                return Optional.of(new Previous(Instant.ofEpochMilli(row.getLong(1)), devices));
            }
        }
    }

    /** Every kiosk as the fleet page shows it, with its events since {@code eventsSince}, newest first. */
    public List<KioskStatus> kiosks(Instant eventsSince) {
        Instant now = clock.instant();
        List<KioskStatus> kiosks = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = prepared(connection, "SELECT kiosk_id, last_seen_millis, software_version,"
                     + " catalog_version, catalog_millis, uptime_seconds, devices FROM fleet_kiosk ORDER BY kiosk_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Instant lastSeen = Instant.ofEpochMilli(rows.getLong(2));
                String kioskId = rows.getString(1);
                kiosks.add(new KioskStatus(kioskId, lastSeen, online.online(lastSeen, now), rows.getString(3), rows.getLong(4),
                        Instant.ofEpochMilli(rows.getLong(5)), Duration.ofSeconds(rows.getLong(6)),
                        json.readValue(rows.getString(7), DEVICES), events(connection, kioskId, eventsSince)));
            }
            return kiosks;
        } catch (SQLException | JsonProcessingException e) {
            throw new FleetStoreException("cannot read the fleet", e);
        }
    }

    private static List<KioskStatus.Event> events(Connection connection, String kioskId, Instant since) throws SQLException {
        List<KioskStatus.Event> events = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT at_millis, device, state, reason FROM fleet_event"
                + " WHERE kiosk_id = ? AND at_millis >= ? ORDER BY at_millis DESC, device")) {
            select.setString(1, kioskId);
            select.setLong(2, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new KioskStatus.Event(Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2),
                            rows.getString(3), rows.getString(4)));
                }
            }
        }
        return events;
    }

    /** Deletes the events older than {@code before}; returns how many. */
    public int prune(Instant before) {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = prepared(connection, "DELETE FROM fleet_event WHERE at_millis < ?")) {
            delete.setLong(1, before.toEpochMilli());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new FleetStoreException("cannot prune the fleet's events", e);
        }
    }

    /** A statement bounded in time: a database that hangs fails the request instead of holding it. */
    private static PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        return statement;
    }
}
