package com.hallkiosk.device;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A device's current health, with the time it last changed, and the listeners told of each change. */
public final class HealthTracker {
    private final Clock clock;
    private final List<Consumer<DeviceHealth>> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceHealth current;

    public HealthTracker(Clock clock, String initialReason) {
        this.clock = clock;
        this.current = new DeviceHealth(DeviceHealth.State.OFFLINE, initialReason, clock.instant());
    }

    public DeviceHealth current() {
        return current;
    }

    public void listen(Consumer<DeviceHealth> listener) {
        listeners.add(listener);
    }

    /** Sets the state and reason; "since" moves only when the state changes. */
    public void report(DeviceHealth.State state, String reason) {
        DeviceHealth before;
        DeviceHealth after;
        synchronized (this) {
            before = current;
            if (before.state() == state && before.reason().equals(reason)) {
                return;
            }
            after = new DeviceHealth(state, reason, before.state() == state ? before.since() : clock.instant());
            current = after;
        }
        listeners.forEach(listener -> listener.accept(after));
    }
}
