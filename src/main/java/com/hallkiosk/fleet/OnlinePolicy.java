package com.hallkiosk.fleet;

import java.time.Duration;
import java.time.Instant;

/**
 * The one rule for "online" everywhere (the fleet page, alerts, the API): a kiosk is online while its
 * last heartbeat is younger than three heartbeat intervals, so one lost heartbeat, or two, is not an outage.
 */
public record OnlinePolicy(Duration heartbeatInterval) {
    private static final int MISSED_HEARTBEATS = 3;

    public OnlinePolicy {
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval is positive");
        }
    }

    public Duration threshold() {
        return heartbeatInterval.multipliedBy(MISSED_HEARTBEATS);
    }

    public boolean online(Instant lastSeen, Instant now) {
        return Duration.between(lastSeen, now).compareTo(threshold()) < 0;
    }
}
