package com.hallkiosk.config;

/** The configuration file is missing, unreadable or has a bad value; the message names file and key. */
public final class InvalidConfigException extends Exception {
    public InvalidConfigException(String message) {
        super(message);
    }
}
