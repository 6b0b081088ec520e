package com.hallkiosk.device;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What every device port has, whatever its role: a lifecycle (open, then enable, then use, then
 * close), a health that is always known, and listeners for it. Every operation returns at once with
 * a future on the device's own executor, completed within the device's timeout or failed with a
 * {@link DeviceException}; nothing ever blocks the caller, and nothing returns null.
 */
public interface DevicePort extends AutoCloseable {
    /** The device's name in messages and in the technician's screens, e.g. "idcard". */
    String name();

    /** Connects to the hardware (opens the port, finds the reader). */
    CompletableFuture<Void> open();

    /** Makes the opened device ready for use (self-test, status query). */
    CompletableFuture<Void> enable();

    DeviceHealth health();

    /**
     * Called whenever the health changes, on one of the device's own threads (its executor, or the
     * thread that watches for a card or a reader going away), never on the caller's.
     */
    void onHealthChange(Consumer<DeviceHealth> listener);

    /**
     * The technician's "reconnect": releases everything and opens and enables the device again. Drivers
     * that recover by themselves (a serial module replugged, pcscd restarted) do so without this.
     */
    default CompletableFuture<Void> reconnect() {
        close();
        return open().thenCompose(opened -> enable());
    }

    /** Releases the hardware; the device can be opened again. */
    @Override
    void close();
}
