package com.hallkiosk.sync;

/** A verified payload that still cannot be read as a catalog change set. */
public final class MalformedPayloadException extends Exception {
    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
