package com.hallkiosk.sync.kiosk;

import java.time.Duration;

/** Runs a task once after a delay, on the scheduler's own thread. A port, so tests can run time by hand. */
public interface TaskScheduler {
    Scheduled schedule(Runnable task, Duration delay);

    /** A task that can still be called off. */
    interface Scheduled {
        void cancel();
    }
}
