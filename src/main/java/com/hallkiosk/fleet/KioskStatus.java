package com.hallkiosk.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A kiosk as operators see it: last heartbeat, online or not, software and catalog, devices, recent events. */
public record KioskStatus(String kioskId, Instant lastSeen, boolean online, String softwareVersion, long catalogVersion,
                          Instant catalogSyncedAt, Duration uptime, List<Heartbeat.DeviceReport> devices, List<Event> events) {
    public KioskStatus {
        devices = List.copyOf(devices);
        events = List.copyOf(events);
    }

    /** A change of state: a device's, or the kiosk's own ({@link FleetStore#KIOSK}). */
    public record Event(Instant at, String device, String state, String reason) {
    }
}
