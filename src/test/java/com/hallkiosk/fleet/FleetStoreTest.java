package com.hallkiosk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class FleetStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final OnlinePolicy POLICY = new OnlinePolicy(Duration.ofSeconds(30));

    @TempDir
    Path directory;
    private DataSource database;
    private Instant now = T0;

    @BeforeEach
    void database() {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + directory.resolve("central.db").toAbsolutePath());
        Flyway.configure().dataSource(sqlite).locations("classpath:db/central/fleet").loggers("slf4j").load().migrate();
        database = sqlite;
    }

    private FleetStore store() {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new FleetStore(database, POLICY, clock);
    }

    private static Heartbeat beat(String kiosk, Instant at, String receiptState, String receiptReason) {
        return new Heartbeat(kiosk, at, "1.0", 7, T0.minusSeconds(3600), Duration.between(T0, at).plusMinutes(5), List.of(
                new Heartbeat.DeviceReport("idcard", "READY", "SAM 05.01"),
                new Heartbeat.DeviceReport("receipt", receiptState, receiptReason)));
    }

    @Test
    void threeHundredHeartbeatsKeepOneRowAndOnlyTheChanges() throws Exception {
        for (int i = 0; i < 300; i++) {
            now = T0.plusSeconds(30L * i);
            boolean low = i >= 120 && i < 180;
            store().record("demo-0001", beat("demo-0001", now, low ? "WARNING" : "READY", low ? "纸将用完" : "ok"));
        }
        assertThat(rows("fleet_kiosk")).isEqualTo(1);
        KioskStatus kiosk = store().kiosks(T0).get(0);
        assertThat(kiosk.events()).extracting(KioskStatus.Event::device, KioskStatus.Event::state, KioskStatus.Event::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("receipt", "READY", "ok"),
                        org.assertj.core.groups.Tuple.tuple("receipt", "WARNING", "纸将用完"),
                        org.assertj.core.groups.Tuple.tuple(FleetStore.KIOSK, "ONLINE", "first heartbeat"));
        assertThat(rows("fleet_event")).isEqualTo(3);
        assertThat(kiosk.online()).isTrue();
        assertThat(kiosk.catalogVersion()).isEqualTo(7);
    }

    @Test
    void aKioskIsOfflineAfterThreeMissedIntervalsAndItsReturnIsAnEvent() {
        store().record("demo-0001", beat("demo-0001", now, "READY", "ok"));
        now = T0.plusSeconds(89);
        assertThat(store().kiosks(T0).get(0).online()).isTrue();
        now = T0.plusSeconds(90);
        assertThat(store().kiosks(T0).get(0).online()).isFalse();
        now = T0.plusSeconds(600);
        store().record("demo-0001", beat("demo-0001", now, "READY", "ok"));
        KioskStatus kiosk = store().kiosks(T0).get(0);
        assertThat(kiosk.online()).isTrue();
        assertThat(kiosk.events().get(0).reason()).isEqualTo("back after 10 min without a heartbeat");
    }

    @Test
    void eventsPastTheRetentionArePrunedAndAKioskCannotSpeakForAnother() throws Exception {
        store().record("demo-0001", beat("demo-0001", now, "NOT_READY", "缺纸"));
        now = T0.plus(Duration.ofDays(31));
        store().record("demo-0001", beat("demo-0001", now, "READY", "ok"));
        assertThat(store().prune(now.minus(Duration.ofDays(30)))).isEqualTo(2);
        assertThat(rows("fleet_event")).isEqualTo(2);
        assertThatThrownBy(() -> store().record("demo-0002", beat("demo-0001", now, "READY", "ok")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long rows(String table) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
