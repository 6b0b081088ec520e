package com.hallkiosk.device.sscard;

import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardTerminal;

/** Picks the configured reader from PC/SC's list: by exact name, else by the start of its name, else the first. */
record ReaderChoice(String configuredName) {
    Optional<CardTerminal> pick(List<CardTerminal> terminals) {
        if (configuredName.isBlank()) {
            return terminals.stream().findFirst();
        }
        return terminals.stream().filter(t -> t.getName().equals(configuredName)).findFirst()
                .or(() -> terminals.stream().filter(t -> t.getName().startsWith(configuredName)).findFirst());
    }

    /** The reader as a technician would look for it. */
    String describe() {
        return configuredName.isBlank() ? "any reader" : "'" + configuredName + "'";
    }
}
