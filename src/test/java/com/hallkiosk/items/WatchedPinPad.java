package com.hallkiosk.items;

import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.pinpad.Pin;
import com.hallkiosk.device.pinpad.PinEntryListener;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.device.pinpad.PinRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A PIN pad that keeps a hold of every PIN it hands out, so a test can tell they were all wiped, and counts
 * the entries started and cancelled by the kiosk.
 */
final class WatchedPinPad implements PinPad {
    private final PinPad pad;
    final List<Pin> delivered = new CopyOnWriteArrayList<>();
    final AtomicInteger entries = new AtomicInteger();
    final AtomicInteger cancels = new AtomicInteger();

    WatchedPinPad(PinPad pad) {
        this.pad = pad;
    }

    /** Whether every PIN handed out has been wiped. */
    boolean allWiped() {
        return delivered.stream().allMatch(Pin::wiped);
    }

    @Override
    public CompletableFuture<Pin> collect(PinRequest request, PinEntryListener listener) {
        entries.incrementAndGet();
        CompletableFuture<Pin> entry = pad.collect(request, listener);
        entry.thenAccept(delivered::add);
        return entry;
    }

    @Override
    public void cancelEntry() {
        cancels.incrementAndGet();
        pad.cancelEntry();
    }

    @Override
    public String name() {
        return pad.name();
    }

    @Override
    public CompletableFuture<Void> open() {
        return pad.open();
    }

    @Override
    public CompletableFuture<Void> enable() {
        return pad.enable();
    }

    @Override
    public DeviceHealth health() {
        return pad.health();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        pad.onHealthChange(listener);
    }

    @Override
    public void close() {
        pad.close();
    }
}
