package com.hallkiosk.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a kiosk tells the central every few seconds: who it is, what it runs, how old its catalog is,
 * how long it has been up, and the health of each of its devices.
 */
public record Heartbeat(String kioskId, Instant sentAt, String softwareVersion, long catalogVersion, Instant catalogSyncedAt,
                        Duration uptime, List<DeviceReport> devices) {
    public Heartbeat {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(catalogSyncedAt, "catalogSyncedAt");
        Objects.requireNonNull(uptime, "uptime");
        devices = List.copyOf(devices);
        if (devices.stream().map(DeviceReport::device).distinct().count() != devices.size()) {
            throw new IllegalArgumentException("a heartbeat reports each device once");
        }
    }

    /** One device's health: its role name ({@code idcard}, {@code receipt}…), state and why. */
    public record DeviceReport(String device, String state, String reason) {
        public DeviceReport {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
