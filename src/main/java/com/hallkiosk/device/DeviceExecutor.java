package com.hallkiosk.device;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A device's own thread: its operations run one at a time, in order, and each has a deadline. A call
 * that misses it fails with {@link DeviceException.Timeout}; the transports' own read timeouts make
 * sure the thread itself comes back soon after.
 */
public final class DeviceExecutor implements AutoCloseable {
    private final String device;
    private final ExecutorService executor;

    public DeviceExecutor(String device) {
        this.device = device;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "device-" + device);
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> CompletableFuture<T> submit(String operation, Duration timeout, Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(task.call());
            } catch (DeviceException e) {
                result.completeExceptionally(e);
            } catch (Exception e) {
                result.completeExceptionally(new DeviceException(device + ": " + operation + " failed: " + e.getMessage(),
                        null, e));
            }
        });
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                return CompletableFuture.failedFuture(new DeviceException.Timeout(device + ": " + operation
                        + " took longer than " + timeout.toMillis() + " ms", "is the device connected and powered?"));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
