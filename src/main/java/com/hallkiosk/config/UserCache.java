package com.hallkiosk.config;

import java.nio.file.Path;

/**
 * The kiosk's per-user cache, {@code $XDG_CACHE_HOME/hall-kiosk} or {@code ~/.cache/hall-kiosk} (XDG Base
 * Directory): what can be made again from the jar and the configuration, kept to start faster (the font,
 * the picture of the home screen). Nothing personal is ever put there.
 */
public final class UserCache {
    private UserCache() {
    }

    public static Path directory(String xdgCacheHome, String userHome) {
        Path cache = xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()
                ? Path.of(xdgCacheHome) : Path.of(userHome, ".cache");
        return cache.resolve("hall-kiosk");
    }

    public static Path directory() {
        return directory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
    }
}
