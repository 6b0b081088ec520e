package com.hallkiosk.fleet;

/** The central's fleet tables could not be read or written. */
public final class FleetStoreException extends RuntimeException {
    public FleetStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
