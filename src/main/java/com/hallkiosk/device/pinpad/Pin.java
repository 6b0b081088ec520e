package com.hallkiosk.device.pinpad;

import java.util.Arrays;

/**
 * A PIN on its way from the pad to the card: its digits in a char array that {@link #close()} fills with
 * zeros, so that the receiver wipes it as soon as the card has it (try-with-resources). It has no text form:
 * {@code toString} shows only its length, so a PIN put in a log message or an exception by mistake shows
 * nothing.
 */
public final class Pin implements AutoCloseable {
    private final char[] digits;
    private boolean wiped;

    /** Takes a copy of {@code digits}; the caller wipes its own. */
    Pin(char[] digits, int length) {
        this.digits = Arrays.copyOf(digits, length);
    }

    /** The digits themselves, not a copy: read them, hand them to the card, then close this PIN. */
    public synchronized char[] digits() {
        if (wiped) {
            throw new IllegalStateException("the PIN was wiped");
        }
        return digits;
    }

    public int length() {
        return digits.length;
    }

    /**
     * Whether {@code other} holds the same digits (the new PIN typed twice), compared in a time that does
     * not depend on where they differ.
     */
    public boolean sameAs(Pin other) {
        char[] mine = digits();
        char[] theirs = other.digits();
        int difference = mine.length ^ theirs.length;
        for (int i = 0; i < Math.min(mine.length, theirs.length); i++) {
            difference |= mine[i] ^ theirs[i];
        }
        return difference == 0;
    }

    public synchronized boolean wiped() {
        return wiped;
    }

    /** Fills the digits with zeros; the PIN cannot be read afterwards. */
    @Override
    public synchronized void close() {
        Arrays.fill(digits, '\0');
        wiped = true;
    }

    @Override
    public String toString() {
        return "Pin[" + digits.length + " digits]";
    }
}
