package com.hallkiosk.items;

import java.util.Objects;

/** One thing a person can tap on an item's step: {@code key} is what the controller is told, {@code label} what the screen shows. */
public record Choice(String key, String label) {
    public Choice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
