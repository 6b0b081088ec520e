package com.hallkiosk.device.pinpad;

import com.hallkiosk.device.DevicePort;
import java.util.concurrent.CompletableFuture;

/**
 * Where a citizen types a PIN: a serial PIN pad (密码键盘) or the randomised on-screen keypad. One entry at
 * a time; the screen shows one dot per digit from the key events and never learns which digit was typed.
 * The PIN reaches only the caller, as a {@link Pin} the caller wipes; the pad wipes its own copies when
 * the entry ends however it ends (entered, cancelled, timed out, cable pulled). PINs are never logged.
 */
public interface PinPad extends DevicePort {
    /**
     * Collects a PIN of {@code request.length()} digits, confirmed with the enter key. The future
     * completes with the PIN, or fails with {@link PinEntryCancelled} (cancel key, {@link #cancelEntry()}),
     * {@link com.hallkiosk.device.DeviceException.Timeout} (nothing entered in time) or another
     * {@link com.hallkiosk.device.DeviceException} (the pad went away). {@code listener} hears every key,
     * on one of the pad's threads.
     */
    CompletableFuture<Pin> collect(PinRequest request, PinEntryListener listener);

    /** Ends the entry under way, if any, as cancelled (Back, Home, the idle wipe). */
    void cancelEntry();
}
