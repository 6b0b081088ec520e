package com.hallkiosk.central.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.central.testing.DatabaseKind;
import com.hallkiosk.central.testing.EachCentralDatabase;
import com.hallkiosk.central.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class CentralDatabaseTest {
    @EachCentralDatabase
    void opensMigratedWithTheCoreSchemaAndTheRightDialect(TestDatabase database) throws SQLException {
        try (CentralDatabase central = database.open()) {
            assertThat(central.dialect()).isEqualTo(database.kind() == DatabaseKind.SQLITE ? Dialect.SQLITE
                    : Dialect.POSTGRESQL);
            assertThat(appliedVersions(central)).contains("1");
            assertThat(central.describe()).doesNotContain("pw-");
        }
    }

    @EachCentralDatabase
    void reopeningAppliesNothingTwiceAndKeepsTheData(TestDatabase database) throws SQLException {
        try (CentralDatabase central = database.open()) {
            upsert(central, "demo-0001", 1_000L);
        }
        try (CentralDatabase central = database.open()) {
            assertThat(appliedVersions(central)).containsOnlyOnce("1");
            assertThat(lastSeen(central, "demo-0001")).isEqualTo(1_000L);
        }
    }

    @EachCentralDatabase
    void portableUpsertReplacesTheRowOnBothStores(TestDatabase database) throws SQLException {
        try (CentralDatabase central = database.open()) {
            upsert(central, "demo-0002", 5L);
            upsert(central, "demo-0002", 7L);
            assertThat(lastSeen(central, "demo-0002")).isEqualTo(7L);
        }
    }

    @EachCentralDatabase
    void thePoolServesConcurrentWritersWithoutLosingAny(TestDatabase database) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (CentralDatabase central = database.open()) {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String kiosk = "kiosk-" + i;
                long at = i;
                writes.add(threads.submit(() -> {
                    upsert(central, kiosk, at);
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
            try (Connection connection = central.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*), SUM(last_seen_at) FROM kiosk_last_seen")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(60);
                assertThat(count.getLong(2)).isEqualTo(59L * 60 / 2);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @org.junit.jupiter.api.Test
    void anUnreachablePostgresIsAClearErrorNamingItWithoutThePassword() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> CentralDatabases.open("postgresql://kiosk:secret@127.0.0.1:" + closedPort + "/central"))
                .isInstanceOf(CentralStoreException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort + "/central")
                .hasMessageNotContaining("secret");
    }

    private static List<String> appliedVersions(CentralDatabase central) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = central.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = " + (central.dialect() == Dialect.SQLITE
                                ? "1" : "TRUE") + " AND version IS NOT NULL")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private static void upsert(CentralDatabase central, String kiosk, long at) throws SQLException {
        try (Connection connection = central.dataSource().getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO kiosk_last_seen"
                        + " (kiosk_id, last_seen_at, seen_by) VALUES (?, ?, 'test') ON CONFLICT (kiosk_id)"
                        + " DO UPDATE SET last_seen_at = excluded.last_seen_at")) {
            upsert.setString(1, kiosk);
            upsert.setLong(2, at);
            upsert.executeUpdate();
        }
    }

    private static long lastSeen(CentralDatabase central, String kiosk) throws SQLException {
        try (Connection connection = central.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT last_seen_at FROM kiosk_last_seen WHERE kiosk_id = ?")) {
            select.setString(1, kiosk);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a row for " + kiosk).isTrue();
                return row.getLong(1);
            }
        }
    }
}
