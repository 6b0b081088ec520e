package com.hallkiosk.fleet;

import com.hallkiosk.device.DevicePort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the kiosk's heartbeat every interval on a thread of its own: its devices' health as they
 * report it, its catalog's version and age, its uptime. A heartbeat that cannot be sent is dropped,
 * not queued: the central only needs the latest, and missing ones are what makes a kiosk offline.
 */
public final class HeartbeatSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatSender.class);

    /** The catalog as the kiosk has it: its version, and when it was last synced. */
    public record CatalogState(long version, Instant syncedAt) {
    }

    private final String kioskId;
    private final String softwareVersion;
    private final List<DevicePort> devices;
    private final Supplier<CatalogState> catalog;
    private final HeartbeatChannel channel;
    private final Clock clock;
    private final Instant started;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread sender = new Thread(runnable, "heartbeat");
        sender.setDaemon(true);
        return sender;
    });

    public HeartbeatSender(String kioskId, String softwareVersion, List<DevicePort> devices, Supplier<CatalogState> catalog,
                           HeartbeatChannel channel, Clock clock) {
        this.kioskId = kioskId;
        this.softwareVersion = softwareVersion;
        this.devices = List.copyOf(devices);
        this.catalog = catalog;
        this.channel = channel;
        this.clock = clock;
        this.started = clock.instant();
    }

    public void start(Duration interval) {
        thread.scheduleWithFixedDelay(this::sendNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The heartbeat as it would be sent now. */
    public Heartbeat heartbeat() {
        Instant now = clock.instant();
        CatalogState state = catalog.get();
        List<Heartbeat.DeviceReport> reports = devices.stream()
                .map(device -> new Heartbeat.DeviceReport(device.name(), device.health().state().name(), device.health().reason()))
                .toList();
        return new Heartbeat(kioskId, now, softwareVersion, state.version(), state.syncedAt(), Duration.between(started, now),
                reports);
    }

    /** Sends one heartbeat; true when the central took it. */
    public boolean sendNow() {
        try {
            channel.send(heartbeat());
            return true;
        } catch (Exception e) {
            LOG.warn("heartbeat: not sent, the next one will be: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
