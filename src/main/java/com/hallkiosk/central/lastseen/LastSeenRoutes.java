package com.hallkiosk.central.lastseen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * {@code POST /v1/last-seen} records that the calling kiosk was seen now; {@code GET /v1/last-seen/{kioskId}}
 * reads it back. All state is in the database, so any central process answers the same: the smallest
 * proof of stateless serving, until the heartbeat (with versions and device health) takes its place.
 */
public final class LastSeenRoutes implements RouteSet {
    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final ObjectMapper json = new ObjectMapper();
    private final DataSource database;
    private final Clock clock;
    private final String serverName;

    public LastSeenRoutes(DataSource database, Clock clock, String serverName) {
        this.database = database;
        this.clock = clock;
        this.serverName = serverName;
    }

    record LastSeen(String kioskId, long lastSeenAt, String seenBy) {
    }

    @Override
    public void addTo(Routes routes) {
        routes.post("/v1/last-seen", Access.KIOSK, this::record);
        routes.get("/v1/last-seen/{kioskId}", Access.KIOSK, this::read);
    }

    private ApiResponse record(ApiRequest request) throws Exception {
        LastSeen seen = new LastSeen(request.requireKioskId(), clock.millis(), serverName);
        try (Connection connection = database.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "INSERT INTO kiosk_last_seen (kiosk_id, last_seen_at, seen_by) VALUES (?, ?, ?)"
                                + " ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
                                + " seen_by = excluded.seen_by")) {
            upsert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            upsert.setString(1, seen.kioskId());
            upsert.setLong(2, seen.lastSeenAt());
            upsert.setString(3, seen.seenBy());
            upsert.executeUpdate();
        }
        return ApiResponse.json(200, json.writeValueAsBytes(seen));
    }

    private ApiResponse read(ApiRequest request) throws SQLException, java.io.IOException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kiosk_id, last_seen_at, seen_by FROM kiosk_last_seen WHERE kiosk_id = ?")) {
            select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            select.setString(1, request.pathParameter("kioskId"));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return ApiResponse.error(404, "never seen");
                }
                return ApiResponse.json(200, json.writeValueAsBytes(
                        new LastSeen(row.getString(1), row.getLong(2), row.getString(3))));
            }
        }
    }
}
