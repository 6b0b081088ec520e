package com.hallkiosk.config;

import java.nio.file.Path;

/** This terminal's configuration from {@code kiosk-config/kiosk.properties}, validated. */
public record KioskConfig(String kioskId, String regionId, String hallName, Path dataDirectory) {
}
