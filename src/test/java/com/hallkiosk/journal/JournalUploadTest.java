package com.hallkiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's outbox and the central's journal on real SQLite files, with a network between them that
 * loses requests and answers: every entry ends up stored once, and leaves the outbox only when it is.
 */
class JournalUploadTest {
    private static final String KIOSK = "demo-0001";

    @TempDir
    Path directory;
    private JournalOutbox outbox;

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
    }

    private JournalOutbox outbox() {
        outbox = JournalOutbox.open(directory.resolve("kiosk/journal.db"));
        return outbox;
    }

    @Test
    void theOutboxKeepsEntriesInOrderAcrossARestartUntilAcknowledged() {
        JournalOutbox box = outbox();
        JournalFixtures.entries(KIOSK, 0, 5).forEach(box::append);
        box.append(JournalFixtures.entry(KIOSK, 2));
        assertThat(box.pending()).as("the same entry is not added twice").isEqualTo(5);
        box.close();
        JournalOutbox reopened = outbox();
        assertThat(reopened.oldest(3)).containsExactlyElementsOf(JournalFixtures.entries(KIOSK, 0, 3));
        reopened.acknowledge(List.of(JournalFixtures.entry(KIOSK, 0).entryId(), JournalFixtures.entry(KIOSK, 1).entryId()));
        assertThat(reopened.oldest(10)).containsExactlyElementsOf(JournalFixtures.entries(KIOSK, 2, 3));
    }

    @Test
    void theCentralStoresABatchSentTwiceAndOverlappingBatchesOnce() {
        CentralJournal central = new CentralJournal(JournalFixtures.centralDatabase(directory.resolve("central.db")),
                Clock.systemUTC());
        UploadBatch first = UploadBatch.of(JournalFixtures.entries(KIOSK, 0, 10));
        assertThat(central.receive(KIOSK, first)).extracting(UploadReceipt::stored, UploadReceipt::alreadyStored)
                .containsExactly(10, 0);
        UploadReceipt again = central.receive(KIOSK, first);
        assertThat(again.stored()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(10);
        assertThat(again.acknowledged()).hasSize(10);
        UploadReceipt overlapping = central.receive(KIOSK, UploadBatch.of(JournalFixtures.entries(KIOSK, 5, 10)));
        assertThat(overlapping.stored()).isEqualTo(5);
        assertThat(central.entryIds(KIOSK)).containsExactlyElementsOf(
                JournalFixtures.entries(KIOSK, 0, 15).stream().map(JournalEntry::entryId).toList());
    }

    @Test
    void aKioskCannotWriteAnotherKiosksJournal() {
        CentralJournal central = new CentralJournal(JournalFixtures.centralDatabase(directory.resolve("central.db")),
                Clock.systemUTC());
        assertThatThrownBy(() -> central.receive("demo-0002", UploadBatch.of(JournalFixtures.entries(KIOSK, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demo-0002 sent entries of kiosk demo-0001");
        assertThat(central.count(KIOSK)).isZero();
    }

    @Test
    void lostRequestsAndLostAnswersStoreEveryEntryExactlyOnce() {
        DataSource database = JournalFixtures.centralDatabase(directory.resolve("central.db"));
        CentralJournal central = new CentralJournal(database, Clock.systemUTC());
        SplittableRandom network = new SplittableRandom(42);
        List<String> faults = new ArrayList<>();
        JournalChannel flaky = batch -> {
            int roll = network.nextInt(3);
            if (roll == 0) {
                faults.add("request lost");
                throw new JournalUploadException("connection reset before the central read the batch", null);
            }
            UploadReceipt receipt = central.receive(KIOSK, batch);
            if (roll == 1) {
                faults.add("answer lost");
                throw new JournalUploadException("connection reset before the receipt arrived", null);
            }
            return receipt;
        };
        JournalOutbox box = outbox();
        JournalUploader uploader = new JournalUploader(box, flaky, 7, Duration.ofSeconds(1), Duration.ofMinutes(5),
                Clock.systemUTC(), new SplittableRandom(1));
        int journaled = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 3; i++) {
                box.append(JournalFixtures.entry(KIOSK, journaled++));
            }
            uploader.uploadPending();
        }
        for (int round = 0; round < 200 && box.pending() > 0; round++) {
            uploader.uploadPending();
        }
        assertThat(faults).contains("request lost", "answer lost");
        assertThat(box.pending()).isZero();
        assertThat(central.entryIds(KIOSK)).containsExactlyElementsOf(
                JournalFixtures.entries(KIOSK, 0, journaled).stream().map(JournalEntry::entryId).toList());
        assertThat(uploader.status().pending()).isZero();
        assertThat(uploader.status().lastFailureReason()).startsWith("connection reset");
        uploader.close();
    }

    @Test
    void theBackoffDoublesUpToItsCapWithJitterBelowIt() {
        JournalChannel down = batch -> {
            throw new JournalUploadException("central unreachable", null);
        };
        JournalOutbox box = outbox();
        box.append(JournalFixtures.entry(KIOSK, 0));
        JournalUploader uploader = new JournalUploader(box, down, 10, Duration.ofSeconds(10), Duration.ofMinutes(2),
                Clock.systemUTC(), new SplittableRandom(3));
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            assertThat(uploader.uploadPending()).isFalse();
            waits.add(uploader.backoffMillis());
        }
        assertThat(waits.get(0)).isBetween(16_000L, 20_000L);
        assertThat(waits.get(1)).isBetween(32_000L, 40_000L);
        assertThat(waits.subList(3, 6)).allSatisfy(wait -> assertThat(wait).isBetween(96_000L, 120_000L));
        assertThat(box.pending()).as("nothing lost while the central is down").isEqualTo(1);
        uploader.close();
    }
}
