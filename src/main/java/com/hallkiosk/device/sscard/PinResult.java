package com.hallkiosk.device.sscard;

/** What the card said to a PIN: accepted, wrong with the tries it has left, or blocked. */
public sealed interface PinResult {
    /** 9000: the PIN was right (and the try counter is full again). */
    record Ok() implements PinResult {
    }

    /** 63Cx: the PIN was wrong; {@code triesLeft} (x) more wrong PINs are allowed before it blocks. */
    record Wrong(int triesLeft) implements PinResult {
    }

    /** 6983 (or 63C0): no tries left; unblocking needs the counter (PSAM/HSM), not the kiosk. */
    record Blocked() implements PinResult {
    }
}
