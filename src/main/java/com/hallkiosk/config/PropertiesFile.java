package com.hallkiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/** A technician-edited .properties file, read as UTF-8 (the files hold Chinese), its problems named with the file. */
public final class PropertiesFile {
    private PropertiesFile() {
    }

    /** The file's properties; {@code whereItShouldBe} ends the message when it does not exist (may be empty). */
    public static Properties read(Path file, String whereItShouldBe) throws InvalidConfigException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException(file + " does not exist" + (whereItShouldBe.isEmpty() ? "" : " (" + whereItShouldBe + ")"));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfigException(file + " cannot be read: " + e.getMessage());
        }
    }

    /** The kiosk-config folder's file {@code name}. */
    public static Properties readConfig(Path configDirectory, String name) throws InvalidConfigException {
        return read(configDirectory.resolve(name), "pass --config with the kiosk-config folder");
    }

    /** The value of {@code key}, stripped, or {@code defaultValue}; missing or blank without a default is an error. */
    public static String text(Properties properties, Path file, String key, String defaultValue) throws InvalidConfigException {
        String value = properties.getProperty(key, defaultValue);
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(file + ": " + key + " is missing");
        }
        return value.strip();
    }

    /** A whole number of seconds from 1 to {@code maxSeconds}. */
    public static java.time.Duration seconds(Properties properties, Path file, String key, String defaultValue,
                                             long maxSeconds) throws InvalidConfigException {
        String value = text(properties, file, key, defaultValue);
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 1 || seconds > maxSeconds) {
                throw new NumberFormatException();
            }
            return java.time.Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(file + ": " + key + " \"" + value + "\" must be a number of seconds from 1 to "
                    + maxSeconds);
        }
    }
}
