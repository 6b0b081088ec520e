package com.hallkiosk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DevicePort;
import com.hallkiosk.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HeartbeatSenderTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aHeartbeatSaysWhatEachDeviceReportsAndAFailedOneIsDroppedNotQueued() {
        ManualClock clock = new ManualClock(T0);
        List<Heartbeat> sent = new ArrayList<>();
        boolean[] centralUp = {false};
        HeartbeatChannel channel = heartbeat -> {
            if (!centralUp[0]) {
                throw new java.io.IOException("connection refused");
            }
            sent.add(heartbeat);
        };
        Device receipt = new Device("receipt", new DeviceHealth(DeviceHealth.State.WARNING, "纸将用完", T0));
        try (HeartbeatSender sender = new HeartbeatSender("demo-0001", "1.0", List.of(new Device("idcard",
                new DeviceHealth(DeviceHealth.State.READY, "SAM 05.01", T0)), receipt),
                () -> new HeartbeatSender.CatalogState(12, T0.minusSeconds(60)), channel, clock)) {
            clock.set(T0.plusSeconds(30));
            assertThat(sender.sendNow()).isFalse();
            centralUp[0] = true;
            clock.set(T0.plusSeconds(60));
            assertThat(sender.sendNow()).isTrue();
        }
        assertThat(sent).hasSize(1);
        Heartbeat heartbeat = sent.get(0);
        assertThat(heartbeat.uptime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(heartbeat.catalogVersion()).isEqualTo(12);
        assertThat(heartbeat.devices()).containsExactly(new Heartbeat.DeviceReport("idcard", "READY", "SAM 05.01"),
                new Heartbeat.DeviceReport("receipt", "WARNING", "纸将用完"));
    }

    /** A device whose health the test sets. */
    private record Device(String name, DeviceHealth health) implements DevicePort {
        @Override
        public CompletableFuture<Void> open() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> enable() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onHealthChange(Consumer<DeviceHealth> listener) {
            // The test's devices do not change.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
