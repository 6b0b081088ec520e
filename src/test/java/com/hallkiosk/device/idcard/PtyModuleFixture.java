package com.hallkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the emulated module behind a socat pty pair for a test. Without socat the test is skipped,
 * unless the system property {@code hallkiosk.devices.required} is true (CI), when it fails and says
 * what is missing.
 */
public final class PtyModuleFixture {
    static final String REQUIRED = "hallkiosk.devices.required";

    private PtyModuleFixture() {
    }

    public static Path socat() {
        Optional<Path> socat = SocatPtyPair.findSocat();
        if (socat.isEmpty() && Boolean.getBoolean(REQUIRED)) {
            fail("socat is missing (needed for the serial pty tests): install the Debian package socat; "
                    + REQUIRED + "=true makes this a failure rather than a skip");
        }
        assumeTrue(socat.isPresent(), "socat is not installed: the serial pty tests are skipped");
        return socat.get();
    }

    public static EmulatedIdCardModule start(Path directory, int baud) throws IOException {
        return EmulatedIdCardModule.start(socat(), directory, baud, 20261122L);
    }
}
