package com.hallkiosk.config;

import java.time.Duration;
import java.util.List;

/**
 * A reader model's profile from {@code drivers/<role>/<model>.properties}: its protocol, baud rates
 * (serial models), timeout, and whether it reads fingerprints.
 */
public record DeviceProfile(String model, String name, String protocol, int baud, List<Integer> bauds,
                            boolean fingerprint, Duration timeout) {
    public DeviceProfile {
        bauds = List.copyOf(bauds);
    }

    /** The rates a serial model can be set to: its list, or only its default when it gives none. */
    public List<Integer> supportedBauds() {
        return bauds.isEmpty() ? List.of(baud) : bauds;
    }
}
