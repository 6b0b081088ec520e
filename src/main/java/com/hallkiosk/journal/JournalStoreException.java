package com.hallkiosk.journal;

/** The journal's database failed: the outbox on the kiosk, or the journal tables on the central. */
public final class JournalStoreException extends RuntimeException {
    public JournalStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
