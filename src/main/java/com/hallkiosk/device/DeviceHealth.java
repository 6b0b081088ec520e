package com.hallkiosk.device;

import java.time.Instant;

/** A device's health as every device reports it: its state, why, and since when. */
public record DeviceHealth(State state, String reason, Instant since) {
    /** The states a device can be in, best first. */
    public enum State {
        READY, WARNING, NOT_READY, OFFLINE
    }

    public boolean canWork() {
        return state == State.READY || state == State.WARNING;
    }
}
