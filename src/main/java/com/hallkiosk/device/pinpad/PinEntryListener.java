package com.hallkiosk.device.pinpad;

/** Told of each key of a PIN entry, with how many digits the PIN holds after it (the dots to show). */
@FunctionalInterface
public interface PinEntryListener {
    PinEntryListener NONE = (key, digits) -> { };

    void onKey(PinKey key, int digitsEntered);
}
