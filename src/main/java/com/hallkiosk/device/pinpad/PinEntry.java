package com.hallkiosk.device.pinpad;

import com.hallkiosk.device.DeviceException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * One PIN entry, whatever the keys come from: the digits typed so far in a buffer of the PIN's length,
 * the future the caller waits on, and the listener told of each key. It ends once (enter with every digit,
 * cancel, or a failure) and its buffer is wiped when it ends. Key presses come from one thread at a time
 * (the pad's executor, or the Swing thread for the on-screen keypad); the methods are synchronized
 * because {@link #fail} can come from another (the kiosk cancelling, a deadline).
 */
final class PinEntry {
    private final char[] typed;
    private final PinEntryListener listener;
    private final CompletableFuture<Pin> result = new CompletableFuture<>();
    private int count;

    PinEntry(PinRequest request, PinEntryListener listener) {
        this.typed = new char[request.length()];
        this.listener = listener;
    }

    CompletableFuture<Pin> result() {
        return result;
    }

    synchronized boolean ended() {
        return result.isDone();
    }

    /** A digit key; {@code digit} is '0'–'9'. */
    void digit(char digit) {
        if (digit < '0' || digit > '9') {
            throw new IllegalArgumentException("not a digit key");
        }
        PinKey heard;
        int digits;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            if (count == typed.length) {
                heard = PinKey.DIGIT_IGNORED;
            } else {
                typed[count++] = digit;
                heard = PinKey.DIGIT;
            }
            digits = count;
        }
        listener.onKey(heard, digits);
    }

    /** Any key but a digit. */
    void key(PinKey key) {
        switch (key) {
            case BACKSPACE -> edit(key, Math.max(0, count - 1));
            case CLEAR -> edit(key, 0);
            case CANCEL -> {
                if (end(null, new PinEntryCancelled("PIN entry cancelled on the keypad"))) {
                    listener.onKey(PinKey.CANCEL, 0);
                }
            }
            case ENTER -> enter();
            default -> throw new IllegalArgumentException("not a key a person presses: " + key);
        }
    }

    /** Ends the entry with {@code failure} (cancelled, timed out, pad gone); false when it had ended. */
    boolean fail(DeviceException failure) {
        return end(null, failure);
    }

    /** Whether the buffer holds no digit: true once the entry has ended. */
    synchronized boolean holdsNoDigits() {
        for (char c : typed) {
            if (c != '\0') {
                return false;
            }
        }
        return true;
    }

    private void edit(PinKey key, int keep) {
        int digits;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            Arrays.fill(typed, keep, typed.length, '\0');
            count = Math.min(count, keep);
            digits = count;
        }
        listener.onKey(key, digits);
    }

    private void enter() {
        Pin pin;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            if (count < typed.length) {
                pin = null;
            } else {
                pin = new Pin(typed, count);
            }
        }
        if (pin == null) {
            listener.onKey(PinKey.ENTER_TOO_SHORT, count);
            return;
        }
        listener.onKey(PinKey.ENTER, typed.length);
        if (!end(pin, null)) {
            pin.close();
        }
    }

    private boolean end(Pin pin, DeviceException failure) {
        synchronized (this) {
            Arrays.fill(typed, '\0');
            count = 0;
            if (result.isDone()) {
                return false;
            }
        }
        return pin != null ? result.complete(pin) : result.completeExceptionally(failure);
    }
}
