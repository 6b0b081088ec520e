package com.hallkiosk.central.store;

/** The central's database cannot be opened, migrated or read; the message says which database. */
public final class CentralStoreException extends RuntimeException {
    public CentralStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public CentralStoreException(String message) {
        super(message);
    }
}
