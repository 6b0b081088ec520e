package com.hallkiosk.session;

import java.time.Duration;

/**
 * How long a visit may sit untouched before the kiosk asks whether more time is needed, and how long
 * it then waits for an answer. 长辈模式 gets the longer limit.
 */
public record IdlePolicy(Duration idle, Duration elderIdle, Duration answer) {
    public static final IdlePolicy DEFAULT = new IdlePolicy(Duration.ofSeconds(60), Duration.ofSeconds(120),
            Duration.ofSeconds(15));

    public IdlePolicy {
        if (idle.isNegative() || idle.isZero() || elderIdle.compareTo(idle) < 0 || answer.isNegative()
                || answer.isZero()) {
            throw new IllegalArgumentException("idle times must be positive and 长辈模式's no shorter: " + this);
        }
    }

    public Duration idleFor(VisitSettings settings) {
        return settings.elderMode() ? elderIdle : idle;
    }
}
