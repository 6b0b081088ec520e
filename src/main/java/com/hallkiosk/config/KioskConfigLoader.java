package com.hallkiosk.config;

import com.hallkiosk.session.IdlePolicy;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Properties;
import java.util.regex.Pattern;

/** Reads and checks {@code kiosk.properties}; a bad value is reported with its file and key. */
public final class KioskConfigLoader {
    public static final String FILE_NAME = "kiosk.properties";
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final long MAX_SECONDS = 3600;

    private final Collection<String> knownRegions;

    public KioskConfigLoader(Collection<String> knownRegions) {
        this.knownRegions = knownRegions;
    }

    /** A loader that leaves the region to {@link #requireRegion}, for when the catalog is still loading. */
    public KioskConfigLoader() {
        this.knownRegions = null;
    }

    /** Fails, naming the file and key, when the configured region is not among {@code regions}. */
    public static void requireRegion(Path configDirectory, KioskConfig config, Collection<String> regions)
            throws InvalidConfigException {
        if (!regions.contains(config.regionId())) {
            throw new InvalidConfigException(configDirectory.resolve(FILE_NAME) + ": kiosk.region \"" + config.regionId()
                    + "\" is not a region of the catalog (" + String.join(", ", regions) + ")");
        }
    }

    public KioskConfig load(Path configDirectory) throws InvalidConfigException {
        Path file = configDirectory.resolve(FILE_NAME);
        Properties properties = PropertiesFile.readConfig(configDirectory, FILE_NAME);
        String kioskId = value(properties, file, "kiosk.id", "demo-0001");
        if (!KIOSK_ID.matcher(kioskId).matches()) {
            throw new InvalidConfigException(file + ": kiosk.id \"" + kioskId
                    + "\" must be 1 to 64 letters, digits or dashes");
        }
        String region = value(properties, file, "kiosk.region", null);
        String hallName = value(properties, file, "hall.name", null);
        Path dataDirectory = configDirectory.resolve(value(properties, file, "data.directory", "../data")).normalize();
        KioskConfig config = new KioskConfig(kioskId, region, hallName, dataDirectory, orientation(properties, file),
                zone(properties, file), idlePolicy(properties, file));
        if (knownRegions != null) {
            requireRegion(configDirectory, config, knownRegions);
        }
        return config;
    }

    private static KioskConfig.Orientation orientation(Properties properties, Path file) throws InvalidConfigException {
        String value = value(properties, file, "screen.orientation", "landscape");
        try {
            return KioskConfig.Orientation.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(file + ": screen.orientation \"" + value + "\" must be landscape or portrait");
        }
    }

    private static ZoneId zone(Properties properties, Path file) throws InvalidConfigException {
        String value = value(properties, file, "kiosk.timezone", "Asia/Shanghai");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidConfigException(file + ": kiosk.timezone \"" + value + "\" is not a time zone (e.g. Asia/Shanghai)");
        }
    }

    private static IdlePolicy idlePolicy(Properties properties, Path file) throws InvalidConfigException {
        Duration idle = seconds(properties, file, "session.idle.seconds", "60");
        Duration elder = seconds(properties, file, "session.idle.elder.seconds", "120");
        Duration answer = seconds(properties, file, "session.answer.seconds", "15");
        if (elder.compareTo(idle) < 0) {
            throw new InvalidConfigException(file + ": session.idle.elder.seconds must not be shorter than session.idle.seconds");
        }
        return new IdlePolicy(idle, elder, answer);
    }

    private static Duration seconds(Properties properties, Path file, String key, String defaultValue)
            throws InvalidConfigException {
        return PropertiesFile.seconds(properties, file, key, defaultValue, MAX_SECONDS);
    }

    private static String value(Properties properties, Path file, String key, String defaultValue)
            throws InvalidConfigException {
        return PropertiesFile.text(properties, file, key, defaultValue);
    }
}
