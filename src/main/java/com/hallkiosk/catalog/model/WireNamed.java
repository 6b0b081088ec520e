package com.hallkiosk.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants travel in the curated files and the export by a lower-case name:
 * {@code SELF_SERVICE} is {@code self-service}.
 */
public interface WireNamed {
    String name();

    @JsonValue
    default String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & WireNamed> Optional<E> parse(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.wireName().equals(wireName))
                .findFirst();
    }

    static <E extends Enum<E> & WireNamed> String allOf(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).toList());
    }
}
