package com.hallkiosk.certificate;

import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.PropertiesFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads and checks {@code certificates.properties}; a bad value is reported with its file and key. */
public final class CertificateSettingsLoader {
    public static final String FILE_NAME = "certificates.properties";
    /** Seals of Chinese offices are 38 to 45 mm across; outside 20–60 mm a value is a typo. */
    private static final double MIN_SEAL_MM = 20;
    private static final double MAX_SEAL_MM = 60;
    private static final int MIN_KEY_LENGTH = 16;

    public CertificateSettings load(Path configDirectory) throws InvalidConfigException {
        Path file = configDirectory.resolve(FILE_NAME);
        Properties properties = PropertiesFile.readConfig(configDirectory, FILE_NAME);
        String office = required(properties, file, "certificate.office");
        URI base = baseUrl(properties, file);
        Path seal = configDirectory.resolve(required(properties, file, "certificate.seal.image")).normalize();
        if (!Files.isRegularFile(seal)) {
            throw new InvalidConfigException(file + ": certificate.seal.image " + seal + " is not a file");
        }
        double diameter = sealDiameter(properties, file);
        String key = required(properties, file, "certificate.verification.key");
        if (key.length() < MIN_KEY_LENGTH) {
            throw new InvalidConfigException(file + ": certificate.verification.key must be at least " + MIN_KEY_LENGTH
                    + " characters");
        }
        return new CertificateSettings(office, base, seal, diameter, key);
    }

    private static URI baseUrl(Properties properties, Path file) throws InvalidConfigException {
        String value = required(properties, file, "certificate.verification.url");
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(value, "not an http(s) address without query or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidConfigException(file + ": certificate.verification.url \"" + value
                    + "\" must be an http or https address such as https://rs.example.gov.cn/kiosk");
        }
    }

    private static double sealDiameter(Properties properties, Path file) throws InvalidConfigException {
        String value = properties.getProperty("certificate.seal.diameter.mm", "40").strip();
        try {
            double diameter = Double.parseDouble(value);
            if (!(diameter >= MIN_SEAL_MM && diameter <= MAX_SEAL_MM)) {
                throw new NumberFormatException();
            }
            return diameter;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(file + ": certificate.seal.diameter.mm \"" + value + "\" must be a number of"
                    + " millimetres from " + (int) MIN_SEAL_MM + " to " + (int) MAX_SEAL_MM);
        }
    }

    private static String required(Properties properties, Path file, String key) throws InvalidConfigException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException(file + ": " + key + " is missing");
        }
        return value.strip();
    }
}
