package com.hallkiosk.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** Reads and checks {@code kiosk-config/central.properties}; every problem names the file and the key. */
public final class CentralLinkLoader {
    public static final String FILE_NAME = "central.properties";
    private static final long MAX_SECONDS = 86_400;
    private static final int MIN_PERSON_KEY = 16;

    public CentralLink load(Path configDirectory) throws InvalidConfigException {
        Path file = configDirectory.resolve(FILE_NAME);
        Properties properties = PropertiesFile.readConfig(configDirectory, FILE_NAME);
        return new CentralLink(url(properties, file),
                configDirectory.resolve(text(properties, file, "central.pki", "../target/demo/pki")).normalize(),
                configDirectory.resolve(text(properties, file, "catalog.signing.key", "catalog-signing.pub")).normalize(),
                seconds(properties, file, "catalog.poll.seconds", "300"),
                seconds(properties, file, "heartbeat.seconds", "30"),
                seconds(properties, file, "journal.upload.seconds", "60"),
                seconds(properties, file, "central.connect.seconds", "5"),
                seconds(properties, file, "central.request.seconds", "15"),
                personKey(properties, file));
    }

    /** At least 16 characters, as {@link com.hallkiosk.journal.PersonKeys} wants 16 bytes of key. */
    private static Optional<String> personKey(Properties properties, Path file) throws InvalidConfigException {
        String value = properties.getProperty("journal.person.key", "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() < MIN_PERSON_KEY) {
            throw new InvalidConfigException(file + ": journal.person.key must be at least " + MIN_PERSON_KEY
                    + " characters (the fleet's shared key; do not reuse the demo's)");
        }
        return Optional.of(value);
    }

    private static URI url(Properties properties, Path file) throws InvalidConfigException {
        String value = text(properties, file, "central.url", null);
        try {
            URI url = new URI(value);
            if (!"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new URISyntaxException(value, "not an https address with a host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidConfigException(file + ": central.url \"" + value + "\" must be an https:// address"
                    + " (e.g. https://central.example:8443)");
        }
    }

    private static Duration seconds(Properties properties, Path file, String key, String defaultValue)
            throws InvalidConfigException {
        return PropertiesFile.seconds(properties, file, key, defaultValue, MAX_SECONDS);
    }

    private static String text(Properties properties, Path file, String key, String defaultValue)
            throws InvalidConfigException {
        return PropertiesFile.text(properties, file, key, defaultValue);
    }
}
