package com.hallkiosk.sync.kiosk;

import com.hallkiosk.catalog.store.SyncState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the central for the kiosk's catalog on the scheduler's thread: interval with jitter while the
 * central answers, exponential backoff with a cap while it fails. A failure changes nothing: the
 * kiosk keeps serving the catalog it has. After an apply, {@code onApplied} is called (on the
 * poller's thread) so the kiosk can reload its region and rebuild its search index.
 */
public final class CatalogSyncPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogSyncPoller.class);

    private final KioskCatalogSync sync;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final PollSchedule schedule;
    private final DoubleSupplier random;
    private final Consumer<SyncOutcome.Applied> onApplied;

    private final Object lock = new Object();
    private TaskScheduler.Scheduled next;
    private boolean running;
    private int failures;
    private String lastFailure;
    private Instant confirmedAt;
    private Instant nextPollAt;

    /** @param random uniform in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble} */
    public CatalogSyncPoller(KioskCatalogSync sync, TaskScheduler scheduler, Clock clock, PollSchedule schedule,
                             DoubleSupplier random, Consumer<SyncOutcome.Applied> onApplied) {
        this.sync = sync;
        this.scheduler = scheduler;
        this.clock = clock;
        this.schedule = schedule;
        this.random = random;
        this.onApplied = onApplied;
    }

    /** Schedules the first poll and returns at once. */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            scheduleNext(schedule.first(random.getAsDouble()));
        }
    }

    /** One poll; the scheduler calls it, and a test may. */
    void poll() {
        SyncOutcome outcome;
        try {
            outcome = sync.syncOnce();
        } catch (RuntimeException e) {
            outcome = new SyncOutcome.Failed(sync.regionId(), SyncOutcome.Reason.APPLY_FAILED, e.toString());
        }
        Duration delay;
        synchronized (lock) {
            if (outcome instanceof SyncOutcome.Failed failed) {
                failures++;
                lastFailure = failed.message();
                // A version mismatch means another apply won a race: ask again soon, since the version now held.
                delay = failed.reason() == SyncOutcome.Reason.VERSION_MISMATCH && failures == 1
                        ? Duration.ZERO : schedule.afterFailure(failures, random.getAsDouble());
                LOG.warn("Catalog sync of {} failed ({} in a row, next try in {} s): {}", sync.regionId(), failures,
                        delay.toSeconds(), failed.message());
            } else {
                failures = 0;
                lastFailure = null;
                confirmedAt = clock.instant();
                delay = schedule.afterAnswer(random.getAsDouble());
            }
        }
        if (outcome instanceof SyncOutcome.Applied applied) {
            try {
                onApplied.accept(applied);
            } catch (RuntimeException e) {
                LOG.error("Reloading the catalog after sync version {} failed", applied.toVersion(), e);
            }
        }
        synchronized (lock) {
            if (running) {
                scheduleNext(delay);
            }
        }
    }

    private void scheduleNext(Duration delay) {
        nextPollAt = clock.instant().plus(delay);
        next = scheduler.schedule(this::poll, delay);
    }

    public SyncStatus status() {
        Optional<SyncState> state = sync.syncState();
        synchronized (lock) {
            Optional<Instant> appliedAt = state.map(SyncState::syncedAt);
            Optional<Instant> newest = appliedAt.map(at -> confirmedAt != null && confirmedAt.isAfter(at) ? confirmedAt : at)
                    .or(() -> Optional.ofNullable(confirmedAt));
            return new SyncStatus(sync.regionId(), state.map(SyncState::version).orElse(0L), appliedAt,
                    newest.map(at -> Duration.between(at, clock.instant())), failures,
                    Optional.ofNullable(lastFailure), Optional.ofNullable(nextPollAt));
        }
    }

    /** Stops polling; a poll already running finishes. */
    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            nextPollAt = null;
            if (next != null) {
                next.cancel();
            }
        }
    }
}
