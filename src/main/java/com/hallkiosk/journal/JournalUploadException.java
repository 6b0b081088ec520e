package com.hallkiosk.journal;

/** An upload that did not get a receipt: the central unreachable, refusing, or the answer lost. */
public final class JournalUploadException extends Exception {
    public JournalUploadException(String message, Throwable cause) {
        super(message, cause);
    }
}
