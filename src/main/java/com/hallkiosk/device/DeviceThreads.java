package com.hallkiosk.device;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's threads between open and close: its {@link DeviceExecutor}, on which every operation runs
 * one at a time, and, for devices that are watched, a timer that hands a health check to that executor
 * at a fixed delay. Opening starts them, closing ends them, and an operation on a closed device fails
 * {@link DeviceException.Offline} at once. A driver owns one and no thread of its own.
 */
public final class DeviceThreads {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceThreads.class);

    private final String device;
    private final Object lock = new Object();
    private DeviceExecutor executor;
    private ScheduledExecutorService watch;

    public DeviceThreads(String device) {
        this.device = device;
    }

    /** Starts the executor unless it runs; true when it started it. */
    public boolean start() {
        synchronized (lock) {
            if (executor != null) {
                return false;
            }
            executor = new DeviceExecutor(device);
            return true;
        }
    }

    /**
     * Starts the executor and a watch that submits {@code check} to it every {@code every} (its failures
     * are the check's to report in the health), unless they run; true when it started them.
     */
    public boolean start(Duration every, String check, Duration checkDeadline, Callable<?> task) {
        synchronized (lock) {
            if (!start()) {
                return false;
            }
            watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "device-" + device + "-watch");
                thread.setDaemon(true);
                return thread;
            });
            watch.scheduleWithFixedDelay(() -> submit(check, checkDeadline, task).exceptionally(failure -> null),
                    every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
    }

    /** Runs {@code task} on the device's executor within {@code timeout}; fails Offline when the device is closed. */
    public <T> CompletableFuture<T> submit(String operation, Duration timeout, Callable<T> task) {
        DeviceExecutor current;
        synchronized (lock) {
            current = executor;
        }
        if (current == null) {
            return CompletableFuture.failedFuture(new DeviceException.Offline(device + ": " + operation
                    + " on a closed device", "open the " + device + " device again", null));
        }
        return current.submit(operation, timeout, task);
    }

    /**
     * Ends the threads: the watch at once; {@code last} (releasing the hardware) as the executor's last
     * operation, after the one under way, waiting for it at most {@code wait}. False when they were not running.
     */
    public boolean stop(Duration wait, Callable<?> last) {
        DeviceExecutor closing;
        synchronized (lock) {
            closing = executor;
            executor = null;
            if (watch != null) {
                watch.shutdownNow();
                watch = null;
            }
        }
        if (closing == null) {
            return false;
        }
        try {
            closing.submit("close", wait, last).join();
        } catch (CompletionException e) {
            LOG.warn("{}: closing waited too long for the operation under way: {}", device, e.getCause().getMessage());
        } finally {
            closing.close();
        }
        return true;
    }
}
