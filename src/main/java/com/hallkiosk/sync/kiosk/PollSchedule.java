package com.hallkiosk.sync.kiosk;

import java.time.Duration;

/**
 * When to poll next. After an answer: the interval, spread by ±{@code jitter} of it so that kiosks
 * started together (a hall after a power cut) do not poll together. After failures: the backoff base
 * doubled per consecutive failure up to the cap, less a random part of up to {@code jitter} of it,
 * so a recovering central is not met by the whole fleet at once and the cap is never exceeded.
 *
 * @param jitter a fraction in [0, 1)
 */
public record PollSchedule(Duration interval, double jitter, Duration backoffBase, Duration backoffCap) {
    private static final int MAX_DOUBLINGS = 30;

    public PollSchedule {
        if (interval.isNegative() || interval.isZero() || backoffBase.isNegative() || backoffBase.isZero()
                || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("a poll schedule needs a positive interval and backoff base,"
                    + " and a cap no shorter than the base");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1), not " + jitter);
        }
    }

    public static PollSchedule defaults() {
        return new PollSchedule(Duration.ofMinutes(5), 0.2, Duration.ofSeconds(10), Duration.ofMinutes(30));
    }

    /** The first poll after start: a random part of one jitter's width, to spread a fleet's start. */
    public Duration first(double random) {
        return scale(interval, jitter * random);
    }

    /** @param random uniform in [0, 1) */
    public Duration afterAnswer(double random) {
        return scale(interval, 1 + jitter * (2 * random - 1));
    }

    /** @param failures consecutive failures so far, at least 1 */
    public Duration afterFailure(int failures, double random) {
        int doublings = Math.min(Math.max(failures, 1) - 1, MAX_DOUBLINGS);
        Duration backoff = backoffBase.multipliedBy(1L << doublings);
        if (backoff.compareTo(backoffCap) > 0) {
            backoff = backoffCap;
        }
        return scale(backoff, 1 - jitter * random);
    }

    private static Duration scale(Duration duration, double factor) {
        return Duration.ofMillis(Math.round(duration.toMillis() * factor));
    }
}
