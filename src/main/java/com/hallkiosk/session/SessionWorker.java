package com.hallkiosk.session;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread a visit's flows run on: controllers read the catalog and decide here, never on the
 * Swing event thread, and in order, so a person's taps are handled one after another.
 */
public final class SessionWorker implements Executor, AutoCloseable {
    /** Fetched when something is logged, so that starting the kiosk does not start Logback. */
    private static Logger log() {
        return LoggerFactory.getLogger(SessionWorker.class);
    }

    private static final long CLOSE_WAIT_SECONDS = 5;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "session-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void execute(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log().error("A session task failed", e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
