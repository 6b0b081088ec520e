package com.hallkiosk.sync.kiosk;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The scheduler on one daemon thread of its own, so polling never runs on (or blocks) the caller's thread. */
public final class ExecutorTaskScheduler implements TaskScheduler, AutoCloseable {
    private final ScheduledExecutorService executor;

    public ExecutorTaskScheduler(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
