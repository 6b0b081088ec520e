package com.hallkiosk.business;

import java.time.LocalDate;
import java.util.Optional;

/** The person's latest end of employment, and whether (since when) they are registered as unemployed (失业登记). */
public record Separation(Unit unit, LocalDate separatedOn, SeparationReason reason,
                         Optional<LocalDate> registeredUnemployedOn) {
    public boolean registeredUnemployed() {
        return registeredUnemployedOn.isPresent();
    }
}
