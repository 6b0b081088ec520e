package com.hallkiosk.device.sscard;

/** A change at the reader the kiosk watches. */
public record CardEvent(Kind kind, String reader) {
    public enum Kind {
        INSERTED,
        REMOVED,
        /** The watched reader disappeared from PC/SC's list (unplugged, or its driver went away). */
        READER_UNPLUGGED
    }
}
