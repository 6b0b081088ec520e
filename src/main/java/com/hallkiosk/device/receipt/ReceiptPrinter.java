package com.hallkiosk.device.receipt;

import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DevicePort;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The receipt printer (凭条打印机) port. A job is done only when the printer says so: the status is
 * checked before it (a printer that cannot print gets no job) and after it, and the outcome says
 * what came out. Every call returns at once and completes within the printer's timeout; a printer
 * that cannot be reached fails the call with a typed {@link com.hallkiosk.device.DeviceException}
 * (Offline, Timeout, Protocol), a printer that reports a problem (no paper, cover open) gives an
 * outcome that was not printed and says why.
 *
 * <p>The lifecycle defaults fit a printer with nothing to open and a health that never changes (a test
 * double); drivers override them all.
 */
public interface ReceiptPrinter extends DevicePort {
    CompletableFuture<PrintOutcome> print(Receipt receipt);

    @Override
    DeviceHealth health();

    @Override
    default String name() {
        return "receipt";
    }

    @Override
    default CompletableFuture<Void> open() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    default CompletableFuture<Void> enable() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    default void onHealthChange(Consumer<DeviceHealth> listener) {
        // The health never changes, so there is nothing to tell.
    }

    @Override
    default void close() {
        // Nothing was opened.
    }
}
