package com.hallkiosk.certificate.template;

/** A certificate template or the page frame is missing, unreadable or wrong; the message names file and place. */
public final class InvalidTemplateException extends RuntimeException {
    public InvalidTemplateException(String message) {
        super(message);
    }

    public InvalidTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
