package com.hallkiosk.config;

import com.hallkiosk.config.ItemsConfig.Profile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks {@code items.properties}; a bad value is reported with its file and key. The item ids
 * it accepts are those of the items the kiosk is built with, so a misspelt id is an error, not an item
 * silently left on.
 */
public final class ItemsConfigLoader {
    public static final String FILE_NAME = "items.properties";

    private final Set<String> knownItems;

    public ItemsConfigLoader(Collection<String> knownItems) {
        this.knownItems = Set.copyOf(knownItems);
    }

    public ItemsConfig load(Path configDirectory) throws InvalidConfigException {
        Path file = configDirectory.resolve(FILE_NAME);
        Properties properties = PropertiesFile.readConfig(configDirectory, FILE_NAME);
        Profile profile = profile(properties, file);
        Map<Profile, Set<String>> disabled = new EnumMap<>(Profile.class);
        for (Profile p : Profile.values()) {
            disabled.put(p, itemList(properties, file, "items." + p.key() + ".disabled"));
        }
        for (String key : properties.stringPropertyNames()) {
            if (!key.equals("kiosk.profile") && Arrays.stream(Profile.values())
                    .noneMatch(p -> key.equals("items." + p.key() + ".disabled"))) {
                throw new InvalidConfigException(file + ": " + key + " is not a setting of this file (kiosk.profile, "
                        + Arrays.stream(Profile.values()).map(p -> "items." + p.key() + ".disabled")
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        return new ItemsConfig(profile, disabled);
    }

    private static Profile profile(Properties properties, Path file) throws InvalidConfigException {
        String value = PropertiesFile.text(properties, file, "kiosk.profile", "hall");
        for (Profile p : Profile.values()) {
            if (p.key().equals(value)) {
                return p;
            }
        }
        throw new InvalidConfigException(file + ": kiosk.profile \"" + value
                + "\" must be hall (a service hall) or bank (a partner bank's branch)");
    }

    private Set<String> itemList(Properties properties, Path file, String key) throws InvalidConfigException {
        Set<String> items = new LinkedHashSet<>();
        for (String part : properties.getProperty(key, "").split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!knownItems.contains(id)) {
                throw new InvalidConfigException(file + ": " + key + " names \"" + id + "\", which is not an item of"
                        + " this kiosk (" + knownItems.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            items.add(id);
        }
        return items;
    }
}
