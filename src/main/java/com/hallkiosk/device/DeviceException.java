package com.hallkiosk.device;

/**
 * Why a device operation failed, in words for the person at the kiosk or the technician, with what to
 * check next. Each kind is its own subclass so that callers can tell them apart without parsing text.
 */
public class DeviceException extends RuntimeException {
    private final String whatToCheck;

    public DeviceException(String message, String whatToCheck) {
        super(message);
        this.whatToCheck = whatToCheck;
    }

    public DeviceException(String message, String whatToCheck, Throwable cause) {
        super(message, cause);
        this.whatToCheck = whatToCheck;
    }

    /**
     * {@code failure} as it came out of a device's future: unwrapped from the CompletionException around
     * it, and a DeviceException itself when it was one, else wrapped in one saying which {@code operation} failed.
     */
    public static DeviceException of(Throwable failure, String operation) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof DeviceException device ? device
                : new DeviceException(operation + " failed: " + cause.getMessage(), null, cause);
    }

    /** What a technician should look at next (cable, port, permissions, pcscd), or null. */
    public String whatToCheck() {
        return whatToCheck;
    }

    /** The device is not there: port missing or unplugged, reader absent, service not running. */
    public static final class Offline extends DeviceException {
        public Offline(String message, String whatToCheck, Throwable cause) {
            super(message, whatToCheck, cause);
        }
    }

    /** The device did not answer in time. */
    public static final class Timeout extends DeviceException {
        public Timeout(String message, String whatToCheck) {
            super(message, whatToCheck);
        }
    }

    /** The device answered with something the protocol does not allow (bad frame, checksum, status). */
    public static final class Protocol extends DeviceException {
        public Protocol(String message, String whatToCheck) {
            super(message, whatToCheck);
        }
    }

    /** There is no card to read. */
    public static final class NoCard extends DeviceException {
        public NoCard(String message) {
            super(message, "place the card on the reader / insert the card");
        }
    }

    /** The card went away in the middle of an operation. */
    public static final class CardRemoved extends DeviceException {
        public CardRemoved(String message) {
            super(message, "keep the card in place until the kiosk says it is done");
        }
    }

    /** The card was read, but what it holds is not valid (e.g. an identity number's check digit). */
    public static final class InvalidCard extends DeviceException {
        public InvalidCard(String message) {
            super(message, "try another card; this one may be damaged or not genuine");
        }
    }
}
