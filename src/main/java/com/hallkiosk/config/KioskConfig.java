package com.hallkiosk.config;

import com.hallkiosk.session.IdlePolicy;
import java.nio.file.Path;
import java.time.ZoneId;

/** This terminal's configuration from {@code kiosk-config/kiosk.properties}, validated. */
public record KioskConfig(String kioskId, String regionId, String hallName, Path dataDirectory,
                          Orientation orientation, ZoneId zone, IdlePolicy idlePolicy) {
    /** How the kiosk's screen stands. */
    public enum Orientation {
        LANDSCAPE(1920, 1080), PORTRAIT(1080, 1920);

        private final int width;
        private final int height;

        Orientation(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }
}
