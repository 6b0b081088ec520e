package com.hallkiosk.bench;

import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.journal.CentralJournal;
import com.hallkiosk.journal.HttpJournalChannel;
import com.hallkiosk.journal.JournalChannel;
import com.hallkiosk.journal.JournalCodec;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.JournalUploader;
import com.hallkiosk.journal.MaskedPerson;
import com.hallkiosk.journal.PersonKeys;
import com.hallkiosk.journal.UploadBatch;
import com.hallkiosk.journal.UploadReceipt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A kiosk's outbox of N journal entries emptied into the central over mutual TLS by the kiosk's own
 * uploader, batch by batch, until the central has every entry. Bytes are the HTTP bodies (the batches'
 * JSON up, the receipts down); HTTP headers and TLS records come on top.
 */
public final class JournalUploadBenchmark {
    private static final PersonKeys KEYS = new PersonKeys("bench-only-person-key".getBytes(StandardCharsets.UTF_8));
    private static final List<String> OPERATIONS = List.of("loss-report-temporary", "certificate-print",
            "contribution-query", "pension-query", "pin-change");

    private final CentralHttp central;
    private final CentralJournal journal;
    private final Path directory;
    private final Clock clock;

    public JournalUploadBenchmark(CentralHttp central, CentralJournal journal, Path directory, Clock clock) {
        this.central = central;
        this.journal = journal;
        this.directory = directory;
        this.clock = clock;
    }

    public record Figures(int entries, int batchSize, long batches, Duration append, Duration upload,
                          long requestBytes, long receiptBytes, long centralCount) {
        public double entriesPerSecond() {
            return entries / (upload.toNanos() / 1e9);
        }
    }

    public Figures run(String kioskId, int entries, int batchSize) {
        JournalCodec codec = new JournalCodec();
        AtomicLong requestBytes = new AtomicLong();
        AtomicLong receiptBytes = new AtomicLong();
        AtomicLong batches = new AtomicLong();
        JournalChannel http = new HttpJournalChannel(central);
        JournalChannel counted = batch -> {
            requestBytes.addAndGet(codec.batch(batch).getBytes(StandardCharsets.UTF_8).length);
            UploadReceipt receipt = http.upload(batch);
            receiptBytes.addAndGet(codec.receipt(receipt).getBytes(StandardCharsets.UTF_8).length);
            batches.incrementAndGet();
            return receipt;
        };
        try (JournalOutbox outbox = JournalOutbox.open(directory.resolve(kioskId + "-journal.db"));
             JournalUploader uploader = new JournalUploader(outbox, counted, batchSize, Duration.ofMinutes(1),
                     Duration.ofMinutes(5), clock, new SplittableRandom(1))) {
            long start = System.nanoTime();
            SplittableRandom random = new SplittableRandom(20261122L);
            for (int i = 0; i < entries; i++) {
                outbox.append(entry(kioskId, i, random));
            }
            Duration append = Duration.ofNanos(System.nanoTime() - start);
            start = System.nanoTime();
            if (!uploader.uploadPending()) {
                throw new IllegalStateException("the upload failed: " + uploader.status().lastFailureReason());
            }
            Duration upload = Duration.ofNanos(System.nanoTime() - start);
            return new Figures(entries, batchSize, batches.get(), append, upload, requestBytes.get(), receiptBytes.get(),
                    journal.count(kioskId));
        }
    }

    /** A plausible entry: an item, an operation, mostly successes, a masked person, sometimes a certificate number. */
    private static JournalEntry entry(String kioskId, int index, SplittableRandom random) {
        String id = UUID.nameUUIDFromBytes((kioskId + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
        MaskedPerson person = random.nextInt(10) == 0 ? MaskedPerson.NOBODY : KEYS.mask("210302197905140236", "张三");
        String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        boolean certificate = operation.equals("certificate-print");
        JournalEntry.Outcome outcome = random.nextInt(20) == 0 ? JournalEntry.Outcome.REFUSED : JournalEntry.Outcome.SUCCEEDED;
        return new JournalEntry(id, kioskId, Instant.ofEpochSecond(1_790_000_000L + index * 30L),
                "anshan-tiedong-" + (1 + random.nextInt(60)), operation, outcome, person,
                certificate ? "CB-20261122-" + String.format("%06d", index % 1_000_000) + "-7K4Q" : "",
                outcome == JournalEntry.Outcome.REFUSED ? "卡片状态不允许此操作" : "");
    }
}
