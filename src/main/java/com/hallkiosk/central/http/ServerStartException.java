package com.hallkiosk.central.http;

/** The server could not start (port in use, unreadable keystore …): the message says which. */
public final class ServerStartException extends RuntimeException {
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
