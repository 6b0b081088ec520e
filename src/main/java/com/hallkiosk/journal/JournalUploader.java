package com.hallkiosk.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox to the central, batch by batch, on a thread of its own: after a round that emptied
 * the outbox it waits {@code interval}; after a failure it waits longer each time (doubling, up to
 * {@code maxBackoff}, with up to 20 % jitter so a fleet coming back online does not all call at once).
 * An entry leaves the outbox only when the central's receipt names it; a round cut short at any point
 * sends the same batch again, under the same key, next time.
 */
public final class JournalUploader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalUploader.class);
    private static final double JITTER = 0.2;

    private final JournalOutbox outbox;
    private final JournalChannel channel;
    private final int batchSize;
    private final Duration interval;
    private final Duration maxBackoff;
    private final Clock clock;
    private final RandomGenerator random;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread uploader = new Thread(runnable, "journal-upload");
        uploader.setDaemon(true);
        return uploader;
    });
    private volatile UploadStatus status;
    private int failuresInARow;

    public JournalUploader(JournalOutbox outbox, JournalChannel channel, int batchSize, Duration interval,
                           Duration maxBackoff, Clock clock, RandomGenerator random) {
        if (batchSize < 1 || batchSize > UploadBatch.MAX_ENTRIES) {
            throw new IllegalArgumentException("a batch is 1 to " + UploadBatch.MAX_ENTRIES + " entries");
        }
        this.outbox = outbox;
        this.channel = channel;
        this.batchSize = batchSize;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
        this.random = random;
        this.status = new UploadStatus(outbox.pending(), null, null, null);
    }

    /** Starts uploading now and then in rounds. */
    public void start() {
        thread.execute(this::roundThenSchedule);
    }

    /** A transaction was just journaled: upload it soon rather than at the next round. */
    public void wake() {
        thread.execute(this::uploadPending);
    }

    public UploadStatus status() {
        return status;
    }

    /**
     * Sends batches until the outbox is empty or an upload fails; true when it emptied the outbox. Runs on
     * the caller's thread (tests, {@code doctor}); the rounds run it on the uploader's own.
     */
    public synchronized boolean uploadPending() {
        try {
            while (true) {
                List<JournalEntry> entries = outbox.oldest(batchSize);
                if (entries.isEmpty()) {
                    failuresInARow = 0;
                    status = new UploadStatus(0, clock.instant(), status.lastFailure(), status.lastFailureReason());
                    return true;
                }
                UploadBatch batch = UploadBatch.of(entries);
                UploadReceipt receipt = channel.upload(batch);
                outbox.acknowledge(ofThisBatch(batch, receipt));
            }
        } catch (JournalUploadException | RuntimeException e) {
            failuresInARow++;
            Instant now = clock.instant();
            status = new UploadStatus(outbox.pending(), status.lastSuccess(), now, e.getMessage());
            LOG.warn("journal: upload failed ({} in a row), the entries stay in the outbox: {}", failuresInARow, e.getMessage());
            return false;
        }
    }

    /** The receipt's entries that are in the batch: a receipt can only let go of what was sent. */
    private static List<String> ofThisBatch(UploadBatch batch, UploadReceipt receipt) {
        Set<String> sent = new HashSet<>();
        batch.entries().forEach(entry -> sent.add(entry.entryId()));
        return receipt.acknowledged().stream().filter(sent::contains).toList();
    }

    private void roundThenSchedule() {
        boolean emptied = uploadPending();
        long delay = emptied ? interval.toMillis() : backoffMillis();
        if (!thread.isShutdown()) {
            thread.schedule(this::roundThenSchedule, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** The wait after {@code failuresInARow} failures: the interval doubled each time, capped, with jitter. */
    long backoffMillis() {
        long doubled = interval.toMillis() << Math.min(failuresInARow, 20);
        long capped = Math.min(Math.max(doubled, interval.toMillis()), maxBackoff.toMillis());
        return Math.round(capped * (1 - JITTER * random.nextDouble()));
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
