package com.hallkiosk.app;

import com.hallkiosk.device.DeviceException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waits for a device operation at the command line, and turns its failure into what to tell and check. */
final class DeviceCalls {
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

    static UserError failure(DeviceException device) {
        String check = device.whatToCheck();
        return new UserError(device.getMessage() + (check == null ? "" : "\n  请检查 check: " + check), ExitCodes.DEVICE);
    }
}
