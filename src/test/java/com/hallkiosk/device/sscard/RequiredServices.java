package com.hallkiosk.device.sscard;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need an operating-system service skip when it is missing, unless the build says the
 * services are required ({@code -Dhallkiosk.devices.required=true}, as CI does): then they fail and say
 * what is missing.
 */
public final class RequiredServices {
    static final String PROPERTY = "hallkiosk.devices.required";

    private RequiredServices() {
    }

    public static void require(boolean available, String missing) {
        if (available) {
            return;
        }
        if (Boolean.getBoolean(PROPERTY)) {
            fail(missing + " (" + PROPERTY + "=true)");
        }
        assumeTrue(false, missing);
    }
}
