package com.hallkiosk.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A kiosk journaling transactions and uploading them, as a process of its own, for the crash tests:
 * entries {@code from} to {@code from + count - 1} of the fixture's sequence, each appended and then
 * uploaded straight to the central's journal file (the central's transaction runs in this process too,
 * so a kill can land inside it).
 */
public final class KioskJournalProcess {
    private KioskJournalProcess() {
    }

    public static void main(String[] args) {
        Path outboxFile = Path.of(args[0]);
        Path centralFile = Path.of(args[1]);
        String kiosk = args[2];
        int from = Integer.parseInt(args[3]);
        int count = Integer.parseInt(args[4]);
        CentralJournal central = new CentralJournal(JournalFixtures.centralDatabase(centralFile), Clock.systemUTC());
        try (JournalOutbox outbox = JournalOutbox.open(outboxFile);
             JournalUploader uploader = new JournalUploader(outbox, batch -> central.receive(kiosk, batch), 5,
                     Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.systemUTC(), new SplittableRandom(1))) {
            System.out.println("ready");
            System.out.flush();
            for (int i = from; i < from + count; i++) {
                outbox.append(JournalFixtures.entry(kiosk, i));
                uploader.uploadPending();
            }
        }
    }
}
