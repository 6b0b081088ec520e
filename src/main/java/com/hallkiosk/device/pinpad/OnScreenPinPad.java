package com.hallkiosk.device.pinpad;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.HealthTracker;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The PIN pad of a kiosk without one (issue 7): a keypad on the touch screen whose digits move for every
 * entry ({@link KeypadLayout}). It has no Swing: the screen draws {@link #layout()} and hands each touch to
 * {@link #press(KeypadKey)}; the key events (from the touching thread) tell it how many dots to draw.
 * The deadline of an entry is kept by a delayed task, so an entry nobody finishes ends Timeout.
 */
public final class OnScreenPinPad implements PinPad {
    public static final String NAME = "pinpad";

    private final SecureRandom random;
    private final HealthTracker health;
    private final Object lock = new Object();
    private PinEntry entry;
    private KeypadLayout layout;

    public OnScreenPinPad(SecureRandom random, Clock clock) {
        this.random = random;
        this.health = new HealthTracker(clock, "not opened yet");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletableFuture<Void> open() {
        health.report(DeviceHealth.State.READY, "on-screen keypad");
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> enable() {
        return CompletableFuture.completedFuture(null);
    }

    /** Starts an entry with a newly shuffled layout; an entry under way is cancelled first. */
    @Override
    public CompletableFuture<Pin> collect(PinRequest request, PinEntryListener listener) {
        PinEntry started = new PinEntry(request, listener);
        PinEntry before;
        synchronized (lock) {
            before = entry;
            entry = started;
            layout = KeypadLayout.shuffled(random);
        }
        if (before != null) {
            before.fail(new PinEntryCancelled("PIN entry replaced by a new one"));
        }
        CompletableFuture.delayedExecutor(request.timeout().toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                started.fail(new DeviceException.Timeout("PIN entry: no PIN within " + request.timeout().toSeconds()
                        + " s", "enter the PIN again")));
        started.result().whenComplete((pin, failure) -> forget(started));
        return started.result();
    }

    /** The layout of the entry under way; empty when there is none. */
    public Optional<KeypadLayout> layout() {
        synchronized (lock) {
            return Optional.ofNullable(layout);
        }
    }

    /** A touch on {@code key}; ignored when no entry is under way or the key is not on its layout. */
    public void press(KeypadKey key) {
        PinEntry current;
        synchronized (lock) {
            if (entry == null || layout.rows().stream().noneMatch(row -> row.contains(key))) {
                return;
            }
            current = entry;
        }
        if (key.isDigit()) {
            current.digit(key.digit());
        } else {
            current.key(key.kind());
        }
    }

    @Override
    public void cancelEntry() {
        PinEntry current;
        synchronized (lock) {
            current = entry;
        }
        if (current != null) {
            current.fail(new PinEntryCancelled("PIN entry cancelled by the kiosk"));
        }
    }

    @Override
    public DeviceHealth health() {
        return health.current();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        health.listen(listener);
    }

    @Override
    public void close() {
        cancelEntry();
        health.report(DeviceHealth.State.OFFLINE, "closed");
    }

    private void forget(PinEntry ended) {
        synchronized (lock) {
            if (entry == ended) {
                entry = null;
                layout = null;
            }
        }
    }
}
