package com.hallkiosk.config;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which self-service items this terminal offers beyond what its region's catalog allows, from
 * {@code kiosk-config/items.properties}: the profile it runs as and the items each profile leaves out.
 */
public record ItemsConfig(Profile profile, Map<Profile, Set<String>> disabled) {
    /** Where the terminal stands: a 人社 service hall, or a partner bank's branch. */
    public enum Profile {
        HALL, BANK;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ItemsConfig {
        Map<Profile, Set<String>> copy = new EnumMap<>(Profile.class);
        for (Profile p : Profile.values()) {
            copy.put(p, Set.copyOf(disabled.getOrDefault(p, Set.of())));
        }
        disabled = Map.copyOf(copy);
    }

    /** Whether this terminal's profile leaves the item out. */
    public boolean disables(String itemId) {
        return disabled.get(profile).contains(itemId);
    }
}
