package com.hallkiosk.app;

import com.hallkiosk.device.DeviceException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Waits for a device operation at the command line, and turns its failure into what to tell and check. */
final class DeviceCalls {
    private static final Duration BETWEEN_TRIES = Duration.ofMillis(300);

    private DeviceCalls() {
    }

    /** The operation's result; its failure as the person-facing error with what to check. */
    static <T> T await(CompletableFuture<T> operation) throws InterruptedException {
        try {
            return outcome(operation);
        } catch (DeviceException device) {
            throw failure(device);
        }
    }

    /** The operation's result, or its {@link DeviceException} itself, for callers that tell kinds apart. */
    static <T> T outcome(CompletableFuture<T> operation) throws InterruptedException {
        try {
            return operation.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DeviceException device) {
                throw device;
            }
            throw new DeviceException(cause.toString(), null, cause);
        }
    }

    /**
     * Reads a card, trying again while there is none, until {@code wait} has passed: the technician
     * is asked once ({@code prompt}) to present it. Other failures end it at once.
     */
    static <T> T whenPresented(Supplier<CompletableFuture<T>> read, Duration wait, Runnable prompt, String noCard)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean asked = false;
        while (true) {
            try {
                return outcome(read.get());
            } catch (DeviceException.NoCard none) {
                if (System.nanoTime() > deadline) {
                    throw new UserError(noCard, ExitCodes.DEVICE);
                }
                if (!asked) {
                    prompt.run();
                    asked = true;
                }
                Thread.sleep(BETWEEN_TRIES.toMillis());
            } catch (DeviceException failure) {
                throw failure(failure);
            }
        }
    }

    static UserError failure(DeviceException device) {
        String check = device.whatToCheck();
        return new UserError(device.getMessage() + (check == null ? "" : "\n  请检查 check: " + check), ExitCodes.DEVICE);
    }
}
