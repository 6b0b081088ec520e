package com.hallkiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeviceThreadsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void aClosedDeviceRefusesAtOnceAndAnOpenOneRunsOnItsOwnThread() throws Exception {
        DeviceThreads threads = new DeviceThreads("printer");
        assertThatThrownBy(() -> threads.submit("print", SECOND, () -> 1).join()).cause()
                .isInstanceOf(DeviceException.Offline.class).hasMessage("printer: print on a closed device");
        assertThat(threads.start()).isTrue();
        assertThat(threads.start()).as("already running").isFalse();
        assertThat(threads.submit("name", SECOND, () -> Thread.currentThread().getName()).get(1, TimeUnit.SECONDS))
                .isEqualTo("device-printer");
        assertThat(threads.stop(SECOND, () -> null)).isTrue();
        assertThat(threads.stop(SECOND, () -> null)).as("already stopped").isFalse();
    }

    @Test
    void theWatchHandsItsCheckToTheExecutorUntilStopped() throws Exception {
        DeviceThreads threads = new DeviceThreads("printer");
        CountDownLatch checks = new CountDownLatch(3);
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> ranOn = new AtomicReference<>();
        assertThat(threads.start(Duration.ofMillis(20), "status", SECOND, () -> {
            ranOn.set(Thread.currentThread().getName());
            runs.incrementAndGet();
            checks.countDown();
            throw new DeviceException("printer: no answer", null);
        })).isTrue();
        assertThat(checks.await(5, TimeUnit.SECONDS)).as("a failing check goes on being run").isTrue();
        assertThat(ranOn.get()).isEqualTo("device-printer");
        AtomicInteger lastRuns = new AtomicInteger();
        threads.stop(SECOND, lastRuns::incrementAndGet);
        assertThat(lastRuns).hasValue(1);
        int after = runs.get();
        Thread.sleep(100);
        assertThat(runs.get()).as("no check after stop").isEqualTo(after);
    }

    @Test
    void stopWaitsForTheOperationUnderWayAtMostItsWait() throws Exception {
        DeviceThreads threads = new DeviceThreads("reader");
        threads.start();
        CountDownLatch busy = new CountDownLatch(1);
        threads.submit("slow", Duration.ofSeconds(10), () -> {
            busy.countDown();
            Thread.sleep(5_000);
            return null;
        });
        busy.await();
        long start = System.nanoTime();
        assertThat(threads.stop(Duration.ofMillis(200), () -> null)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
}
