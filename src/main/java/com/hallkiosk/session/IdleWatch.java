package com.hallkiosk.session;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Counts down a visit's idle time. Every touch starts it again; when it runs out the kiosk asks
 * "还需要更多时间吗？" and counts the answer time down; when that runs out too, the visit ends.
 * Driven by {@link #tick()} once a second; the time comes from a nanosecond clock so tests can set it.
 */
public final class IdleWatch {
    /** What the kiosk shows about the time left. */
    public interface Listener {
        /** The visit goes on; {@code left} until the kiosk asks. */
        void remaining(Duration left);

        /** The kiosk is asking whether more time is needed; {@code left} to answer. */
        void asking(Duration left);

        /** Nobody answered: the visit is over. */
        void expired();
    }

    private final IdlePolicy policy;
    private final LongSupplier nanoTime;
    private final Listener listener;
    private Duration idle;
    private long lastActivity;
    private boolean asking;
    private boolean running;

    public IdleWatch(IdlePolicy policy, LongSupplier nanoTime, Listener listener) {
        this.policy = policy;
        this.nanoTime = nanoTime;
        this.listener = listener;
        this.idle = policy.idle();
    }

    /** Starts counting for a visit with these settings. */
    public synchronized void start(VisitSettings settings) {
        idle = policy.idleFor(settings);
        running = true;
        activity();
    }

    /** Stops counting: nobody is at the kiosk. */
    public synchronized void stop() {
        running = false;
        asking = false;
    }

    /** The person touched the screen or answered "yes, more time". */
    public synchronized void activity() {
        lastActivity = nanoTime.getAsLong();
        asking = false;
        if (running) {
            listener.remaining(idle);
        }
    }

    /** The settings changed during the visit (e.g. 长辈模式 switched on): the limit follows. */
    public synchronized void settingsChanged(VisitSettings settings) {
        idle = policy.idleFor(settings);
        activity();
    }

    public synchronized void tick() {
        if (!running) {
            return;
        }
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - lastActivity);
        Duration untilAsk = idle.minus(elapsed);
        if (!untilAsk.isNegative() && !untilAsk.isZero()) {
            listener.remaining(untilAsk);
            return;
        }
        Duration toAnswer = policy.answer().plus(untilAsk);
        if (toAnswer.isNegative() || toAnswer.isZero()) {
            running = false;
            asking = false;
            listener.expired();
        } else {
            asking = true;
            listener.asking(toAnswer);
        }
    }

    public synchronized boolean isAsking() {
        return asking;
    }
}
