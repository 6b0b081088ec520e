package com.hallkiosk.catalog.store;

/** The catalog database could not be opened, migrated, read or written. */
public final class CatalogStoreException extends RuntimeException {
    public CatalogStoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
