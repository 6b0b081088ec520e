package com.hallkiosk.sync.central;

/** A change that cannot be published (it names a missing row or region), or the database failed; nothing was published. */
public final class CatalogPublishException extends RuntimeException {
    public CatalogPublishException(String message) {
        super(message);
    }

    public CatalogPublishException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
