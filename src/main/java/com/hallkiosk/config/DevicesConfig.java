package com.hallkiosk.config;

import java.util.Optional;

/** Which driver serves each device role, where the device is, and its model's profile. */
public record DevicesConfig(IdCardSetup idCard, SocialSecurityCardSetup socialSecurityCard) {
    /** How a role is served: by the real driver, by its emulator, or not at all on this kiosk. */
    public enum Driver {
        REAL, EMULATOR, NONE
    }

    /** The ID card reader: a GA/T 467 SAM module on a serial port. */
    public record IdCardSetup(Driver driver, DeviceProfile profile, String port, int baud) {
    }

    /** The social security card reader: a PC/SC reader, chosen by a part of its name (empty: the first). */
    public record SocialSecurityCardSetup(Driver driver, DeviceProfile profile, Optional<String> readerName) {
    }
}
