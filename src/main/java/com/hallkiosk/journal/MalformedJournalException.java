package com.hallkiosk.journal;

/** A journal record that cannot be read: bad JSON, a missing field, a value its rules refuse. */
public final class MalformedJournalException extends RuntimeException {
    public MalformedJournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
