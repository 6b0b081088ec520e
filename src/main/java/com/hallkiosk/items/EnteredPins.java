package com.hallkiosk.items;

import com.hallkiosk.device.pinpad.Pin;
import java.util.Optional;

/**
 * The PINs of one operation, from the PIN pad to the central and then wiped: {@link #close()} fills every
 * one with zeros. The controller closes them once the central has answered, however it answered. No text
 * form shows a digit.
 */
public final class EnteredPins implements AutoCloseable {
    public static final EnteredPins NONE = new EnteredPins();

    private Pin current;
    private Pin chosen;

    /** The card's current PIN, when the item asked for it. */
    public Optional<Pin> current() {
        return Optional.ofNullable(current);
    }

    /** The new PIN, typed twice the same, when the item asked for it. */
    public Optional<Pin> chosen() {
        return Optional.ofNullable(chosen);
    }

    void setCurrent(Pin pin) {
        wipe(current);
        current = pin;
    }

    void setChosen(Pin pin) {
        wipe(chosen);
        chosen = pin;
    }

    /** Whether every PIN held has been wiped (nothing held counts as wiped). */
    public boolean wiped() {
        return (current == null || current.wiped()) && (chosen == null || chosen.wiped());
    }

    @Override
    public void close() {
        wipe(current);
        wipe(chosen);
    }

    private static void wipe(Pin pin) {
        if (pin != null) {
            pin.close();
        }
    }

    @Override
    public String toString() {
        return "EnteredPins[" + (current != null ? "current " : "") + (chosen != null ? "new" : "") + "]";
    }
}
