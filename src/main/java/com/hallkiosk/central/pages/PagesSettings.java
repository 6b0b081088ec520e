package com.hallkiosk.central.pages;

import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.PropertiesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;

/**
 * The central's settings for its pages, from a properties file (the central's {@code --pages-config}): the
 * key the kiosks make verification codes with ({@code certificate.verification.key}, so that the demo's
 * central reads it from the kiosks' own {@code kiosk-config/certificates.properties}) and the halls' time
 * zone ({@code pages.zone}). Without the file the pages still run, and the verification page says it
 * cannot check codes.
 */
public record PagesSettings(Optional<String> verificationKey, ZoneId zone) {
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public String toString() {
        return "PagesSettings[key " + (verificationKey.isPresent() ? "set" : "missing") + ", " + zone + "]";
    }

    public static PagesSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new PagesSettings(Optional.empty(), DEFAULT_ZONE);
        }
        Properties properties;
        try {
            properties = PropertiesFile.read(file, "");
        } catch (InvalidConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        String key = properties.getProperty("certificate.verification.key", "").trim();
        try {
            return new PagesSettings(key.isEmpty() ? Optional.empty() : Optional.of(key),
                    ZoneId.of(properties.getProperty("pages.zone", DEFAULT_ZONE.getId()).trim()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(file + ": pages.zone is not a time zone: " + e.getMessage(), e);
        }
    }
}
