package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path directory;

    @Test
    void aSecondKioskCannotTakeTheLockUntilTheFirstLetsGo() throws Exception {
        Path file = directory.resolve("hall-kiosk.lock");
        try (InstanceLock first = InstanceLock.acquire(file).orElseThrow()) {
            assertThat(InstanceLock.acquire(file)).isEmpty();
        }
        Optional<InstanceLock> again = InstanceLock.acquire(file);
        assertThat(again).isPresent();
        again.get().close();
    }
}
