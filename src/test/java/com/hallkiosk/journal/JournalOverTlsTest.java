package com.hallkiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.testing.TestCentral;
import com.hallkiosk.fleet.FleetStore;
import com.hallkiosk.fleet.Heartbeat;
import com.hallkiosk.fleet.HeartbeatRoutes;
import com.hallkiosk.fleet.HttpHeartbeatChannel;
import com.hallkiosk.fleet.KioskStatus;
import com.hallkiosk.fleet.OnlinePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The journal and the heartbeat from a kiosk to the central over the real mutual-TLS server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalOverTlsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private TestCentral central;
    private Path directory;

    @BeforeAll
    void start(@TempDir Path directory) {
        this.directory = directory;
        central = TestCentral.start(directory, database -> new Routes()
                .add(new JournalRoutes(new CentralJournal(database.dataSource(), Clock.systemUTC())))
                .add(new HeartbeatRoutes(new FleetStore(database.dataSource(), new OnlinePolicy(Duration.ofSeconds(30)),
                        Clock.systemUTC()))), "demo-0001", "demo-0002");
    }

    @AfterAll
    void stop() {
        central.close();
    }

    private CentralHttp kiosk(String kioskId) {
        return new CentralHttp(central.url(), KioskTls.context(central.pki(), kioskId), TIMEOUT, TIMEOUT);
    }

    @Test
    void aKiosksOutboxEmptiesIntoTheCentralsJournalOverTls() {
        try (JournalOutbox outbox = JournalOutbox.open(directory.resolve("kiosk-journal.db"));
             JournalUploader uploader = new JournalUploader(outbox, new HttpJournalChannel(kiosk("demo-0001")), 25,
                     Duration.ofSeconds(1), Duration.ofSeconds(10), Clock.systemUTC(), new SplittableRandom(1))) {
            JournalFixtures.entries("demo-0001", 0, 60).forEach(outbox::append);
            assertThat(uploader.uploadPending()).isTrue();
            assertThat(outbox.pending()).isZero();
        }
        assertThat(new CentralJournal(central.database().dataSource(), Clock.systemUTC()).count("demo-0001")).isEqualTo(60);
    }

    @Test
    void aKioskCannotUploadAnotherKiosksEntries() {
        HttpJournalChannel impostor = new HttpJournalChannel(kiosk("demo-0002"));
        assertThatThrownBy(() -> impostor.upload(UploadBatch.of(JournalFixtures.entries("demo-0001", 500, 2))))
                .isInstanceOf(JournalUploadException.class).hasMessageContaining("400")
                .hasMessageContaining("demo-0002 cannot send the journal of kiosk demo-0001");
    }

    @Test
    void aHeartbeatArrivesAndTheFleetShowsTheKiosk() throws Exception {
        Instant now = Instant.now();
        new HttpHeartbeatChannel(kiosk("demo-0002")).send(new Heartbeat("demo-0002", now, "1.0", 4, now.minusSeconds(60),
                Duration.ofMinutes(3), List.of(new Heartbeat.DeviceReport("receipt", "WARNING", "纸将用完"))));
        KioskStatus kiosk = new FleetStore(central.database().dataSource(), new OnlinePolicy(Duration.ofSeconds(30)), Clock.systemUTC())
                .kiosks(now.minusSeconds(60)).stream().filter(status -> status.kioskId().equals("demo-0002")).findFirst()
                .orElseThrow();
        assertThat(kiosk.online()).isTrue();
        assertThat(kiosk.uptime()).isEqualTo(Duration.ofMinutes(3));
        assertThat(kiosk.events()).extracting(KioskStatus.Event::reason).contains("纸将用完");
        assertThatThrownBy(() -> new HttpHeartbeatChannel(kiosk("demo-0001")).send(new Heartbeat("demo-0002", now, "1.0", 4,
                now, Duration.ZERO, List.of()))).hasMessageContaining("400");
    }
}
