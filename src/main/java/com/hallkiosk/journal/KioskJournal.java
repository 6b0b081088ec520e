package com.hallkiosk.journal;

import java.time.Clock;
import java.util.UUID;

/**
 * Where the kiosk's items journal what they did: each call makes an entry with a new id and the time,
 * appends it to the outbox (on disk when this returns) and asks the uploader to send it soon.
 */
public final class KioskJournal {
    private final String kioskId;
    private final JournalOutbox outbox;
    private final Runnable uploadSoon;
    private final Clock clock;

    public KioskJournal(String kioskId, JournalOutbox outbox, Runnable uploadSoon, Clock clock) {
        this.kioskId = kioskId;
        this.outbox = outbox;
        this.uploadSoon = uploadSoon;
        this.clock = clock;
    }

    public JournalEntry record(String item, String operation, JournalEntry.Outcome outcome, MaskedPerson person,
                               String reference, String detail) {
        JournalEntry entry = new JournalEntry(UUID.randomUUID().toString(), kioskId, clock.instant(), item, operation,
                outcome, person, reference, detail);
        outbox.append(entry);
        uploadSoon.run();
        return entry;
    }
}
