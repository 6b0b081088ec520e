package com.hallkiosk.device.idcard;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try reconnecting to a module that went away: after a first delay, doubled after each failed
 * attempt up to a ceiling, so that a missing module costs a failed open now and then, not on every call.
 */
final class Backoff {
    private final Duration first;
    private final Duration max;
    private Duration delay;
    private Instant notBefore = Instant.MIN;

    Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.delay = first;
    }

    boolean due(Instant now) {
        return !now.isBefore(notBefore);
    }

    Duration remaining(Instant now) {
        return due(now) ? Duration.ZERO : Duration.between(now, notBefore);
    }

    void failed(Instant now) {
        notBefore = now.plus(delay);
        delay = delay.multipliedBy(2).compareTo(max) > 0 ? max : delay.multipliedBy(2);
    }

    void reset() {
        delay = first;
        notBefore = Instant.MIN;
    }
}
