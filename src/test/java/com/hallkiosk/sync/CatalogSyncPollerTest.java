package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.testing.ManualClock;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.CatalogSource;
import com.hallkiosk.sync.kiosk.CatalogSyncPoller;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.PollSchedule;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.kiosk.TaskScheduler;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSyncPollerTest {
    private static final PollSchedule SCHEDULE =
            new PollSchedule(Duration.ofMinutes(5), 0.2, Duration.ofSeconds(10), Duration.ofSeconds(80));

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler();
    private final KeyPair keys = SigningKeyFiles.generate();

    @TempDir
    Path directory;

    @Test
    void backsOffDoublingUpToTheCapWhileTheCentralIsDownAndKeepsTheCatalog() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("kiosk.db"), clock)) {
            store.replace(CuratedCatalogFixture.catalog(), "curated", "curated-test");
            CatalogSource down = (region, version) -> new CatalogSource.Fetched.Failed("connection refused");
            CatalogSyncPoller poller = poller(store, down, () -> 0.0, new ArrayList<>());

            poller.start();
            List<Duration> delays = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                delays.add(scheduler.runNext());
            }

            assertThat(delays).containsExactly(Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(20),
                    Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(80));
            assertThat(poller.status().consecutiveFailures()).isEqualTo(6);
            assertThat(poller.status().lastFailure()).contains("connection refused");
            assertThat(poller.status().version()).isZero();
            assertThat(store.load()).isEqualTo(CuratedCatalogFixture.catalog());
        }
    }

    @Test
    void jitterSpreadsTheIntervalAndShortensTheBackoffWithoutPassingTheCap() {
        assertThat(SCHEDULE.afterAnswer(0.0)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SCHEDULE.afterAnswer(0.5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(SCHEDULE.afterAnswer(0.999)).isBetween(Duration.ofSeconds(359), Duration.ofMinutes(6));
        assertThat(SCHEDULE.afterFailure(1, 0.5)).isEqualTo(Duration.ofSeconds(9));
        assertThat(SCHEDULE.afterFailure(100, 0.999)).isBetween(Duration.ofSeconds(64), Duration.ofSeconds(80));
        assertThat(SCHEDULE.first(0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void appliesThenPollsAtTheIntervalAndReportsVersionAndAge() {
        CentralCatalog central = new CentralCatalog(SyncFixture.centralDatabase(directory.resolve("central.db")),
                clock, SyncFixture.JSON);
        central.importCatalog(CuratedCatalogFixture.catalog());
        CatalogSource up = SyncFixture.sourceOf(
                new CatalogFeed(central, new PayloadCodec(), new PayloadSigner(keys.getPrivate())));
        boolean[] centralDown = {true};
        CatalogSource flaky = (region, version) -> centralDown[0]
                ? new CatalogSource.Fetched.Failed("timed out") : up.fetchChangesSince(region, version);
        try (CatalogStore store = CatalogStore.open(directory.resolve("kiosk.db"), clock)) {
            List<SyncOutcome.Applied> applied = new ArrayList<>();
            CatalogSyncPoller poller = poller(store, flaky, () -> 0.5, applied);
            poller.start();
            assertThat(scheduler.runNext()).isEqualTo(Duration.ofSeconds(30));
            assertThat(poller.status().age()).isEmpty();

            centralDown[0] = false;
            clock.advance(Duration.ofSeconds(9));
            assertThat(scheduler.runNext()).isEqualTo(Duration.ofSeconds(9));
            assertThat(applied).singleElement().satisfies(a -> assertThat(a.snapshot()).isTrue());
            assertThat(poller.status().version()).isEqualTo(1);
            assertThat(poller.status().consecutiveFailures()).isZero();

            clock.advance(Duration.ofMinutes(5));
            centralDown[0] = true;
            assertThat(scheduler.runNext()).isEqualTo(Duration.ofMinutes(5));
            clock.advance(Duration.ofMinutes(2));
            assertThat(poller.status().age()).contains(Duration.ofMinutes(7));
            assertThat(poller.status().version()).isEqualTo(1);
            assertThat(poller.status().lastFailure()).contains("timed out");
            assertThat(store.loadRegion("fushun").regions()).hasSize(1);
            poller.close();
            assertThat(poller.status().nextPollAt()).isEmpty();
        }
    }

    private CatalogSyncPoller poller(CatalogStore store, CatalogSource source, java.util.function.DoubleSupplier random,
                                     List<SyncOutcome.Applied> applied) {
        KioskCatalogSync sync = new KioskCatalogSync("fushun", store, source, new PayloadVerifier(keys.getPublic()),
                new PayloadCodec());
        return new CatalogSyncPoller(sync, scheduler, clock, SCHEDULE, random, applied::add);
    }

    /** Runs scheduled tasks when the test says, and tells the delay each was scheduled with. */
    private static final class ManualScheduler implements TaskScheduler {
        private final Deque<Runnable> tasks = new ArrayDeque<>();
        private final Deque<Duration> delays = new ArrayDeque<>();

        @Override
        public Scheduled schedule(Runnable task, Duration delay) {
            tasks.add(task);
            delays.add(delay);
            return () -> {
                tasks.remove(task);
                delays.clear();
            };
        }

        /** Runs the pending task and returns the delay it had been scheduled with. */
        Duration runNext() {
            Duration delay = Optional.ofNullable(delays.poll()).orElseThrow(() -> new AssertionError("nothing scheduled"));
            tasks.remove().run();
            return delay;
        }
    }
}
