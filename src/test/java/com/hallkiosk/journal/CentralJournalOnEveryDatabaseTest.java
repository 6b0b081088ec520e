package com.hallkiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.testing.EachCentralDatabase;
import com.hallkiosk.central.testing.TestDatabase;
import com.hallkiosk.fleet.FleetStore;
import com.hallkiosk.fleet.Heartbeat;
import com.hallkiosk.fleet.KioskStatus;
import com.hallkiosk.fleet.OnlinePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The journal and the fleet's record on the central's own stores, SQLite and PostgreSQL, through its migrations. */
class CentralJournalOnEveryDatabaseTest {
    private static final String KIOSK = "demo-0001";

    @EachCentralDatabase
    void batchesSentTwiceAndOverlappingFromTwoThreadsAreStoredOnce(TestDatabase database) throws Exception {
        try (CentralDatabase central = database.open()) {
            CentralJournal journal = new CentralJournal(central.dataSource(), Clock.systemUTC());
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<UploadReceipt>> receipts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                UploadBatch batch = UploadBatch.of(JournalFixtures.entries(KIOSK, i * 5, 10));
                receipts.add(two.submit(() -> journal.receive(KIOSK, batch)));
                receipts.add(two.submit(() -> journal.receive(KIOSK, batch)));
            }
            int stored = 0;
            for (Future<UploadReceipt> receipt : receipts) {
                stored += receipt.get().stored();
            }
            two.shutdown();
            assertThat(stored).as("each of the 105 distinct entries stored by exactly one request").isEqualTo(105);
            assertThat(journal.entryIds(KIOSK)).containsExactlyElementsOf(
                    JournalFixtures.entries(KIOSK, 0, 105).stream().map(JournalEntry::entryId).toList());
        }
    }

    @EachCentralDatabase
    void theFleetKeepsTheLatestHeartbeatAndTheChanges(TestDatabase database) throws Exception {
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
        try (CentralDatabase central = database.open()) {
            for (int i = 0; i < 10; i++) {
                Instant at = t0.plusSeconds(30L * i);
                FleetStore fleet = new FleetStore(central.dataSource(), new OnlinePolicy(Duration.ofSeconds(30)),
                        Clock.fixed(at, ZoneOffset.UTC));
                String receipt = i < 5 ? "READY" : "NOT_READY";
                fleet.record(KIOSK, new Heartbeat(KIOSK, at, "1.0", 3, t0, Duration.ofSeconds(30L * i), List.of(
                        new Heartbeat.DeviceReport("receipt", receipt, i < 5 ? "ok" : "缺纸"))));
            }
            KioskStatus status = new FleetStore(central.dataSource(), new OnlinePolicy(Duration.ofSeconds(30)),
                    Clock.fixed(t0.plusSeconds(300), ZoneOffset.UTC)).kiosks(t0).get(0);
            assertThat(status.lastSeen()).isEqualTo(t0.plusSeconds(270));
            assertThat(status.online()).isTrue();
            assertThat(status.events()).extracting(KioskStatus.Event::state).containsExactly("NOT_READY", "ONLINE");
        }
    }
}
