package com.hallkiosk.central.http;

import java.io.IOException;

/** The request body is longer than the server accepts; the client gets 413. */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
        super("the request body is longer than " + limit + " bytes");
    }
}
