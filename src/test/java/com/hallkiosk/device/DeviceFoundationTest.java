package com.hallkiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hallkiosk.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class DeviceFoundationTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T08:00:00Z"));

    @Test
    void healthStartsOfflineAndSinceMovesOnlyWhenTheStateChanges() {
        HealthTracker health = new HealthTracker(clock, "not opened");
        List<DeviceHealth> seen = new ArrayList<>();
        health.listen(seen::add);
        assertThat(health.current().state()).isEqualTo(DeviceHealth.State.OFFLINE);
        clock.advance(java.time.Duration.ofSeconds(5));
        health.report(DeviceHealth.State.READY, "SAM ok");
        Instant readySince = health.current().since();
        clock.advance(java.time.Duration.ofSeconds(5));
        health.report(DeviceHealth.State.READY, "SAM ok, card read");
        assertThat(health.current().since()).isEqualTo(readySince);
        health.report(DeviceHealth.State.READY, "SAM ok, card read");
        assertThat(seen).hasSize(2);
        health.report(DeviceHealth.State.NOT_READY, "unplugged");
        assertThat(health.current().since()).isEqualTo(clock.instant());
        assertThat(seen).extracting(DeviceHealth::state)
                .containsExactly(DeviceHealth.State.READY, DeviceHealth.State.READY, DeviceHealth.State.NOT_READY);
    }

    @Test
    void aCallThatMissesItsDeadlineFailsWithATimeoutAndTheNextOneStillRuns() throws Exception {
        try (DeviceExecutor executor = new DeviceExecutor("test")) {
            CountDownLatch release = new CountDownLatch(1);
            Throwable failure = catchThrowable(() -> executor.submit("slow read", Duration.ofMillis(100), () -> {
                release.await();
                return "late";
            }).get());
            assertThat(failure).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DeviceException.Timeout.class).hasMessageContaining("test: slow read took longer than 100 ms");
            release.countDown();
            assertThat(executor.submit("quick", Duration.ofSeconds(2), () -> "ok").get()).isEqualTo("ok");
        }
    }

    @Test
    void deviceErrorsPassThroughAndOtherFailuresAreWrapped() {
        try (DeviceExecutor executor = new DeviceExecutor("test")) {
            Throwable typed = catchThrowable(() -> executor.submit("read", Duration.ofSeconds(1), () -> {
                throw new DeviceException.NoCard("no card on the reader");
            }).get());
            assertThat(typed).cause().isInstanceOf(DeviceException.NoCard.class);
            Throwable wrapped = catchThrowable(() -> executor.submit("read", Duration.ofSeconds(1), () -> {
                throw new java.io.IOException("port closed");
            }).get());
            assertThat(wrapped).cause().isInstanceOf(DeviceException.class).hasMessage("test: read failed: port closed");
        }
    }
}
