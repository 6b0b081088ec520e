package com.hallkiosk.central.pki;

/** The certificates could not be made or read: the message names the directory. */
public final class PkiException extends RuntimeException {
    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
