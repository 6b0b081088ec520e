package com.hallkiosk.business;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A benefit the person receives and its certification: when last certified, the day by which the next one
 * is due, and why payment is suspended if it is (e.g. 服刑, 重复领取: the prohibited situations of 001 禁办 三).
 */
public record Entitlement(BenefitKind kind, Optional<LocalDate> lastCertified, LocalDate dueBy,
                          Optional<String> suspendedBecause) {
    public boolean overdue(LocalDate today) {
        return today.isAfter(dueBy);
    }
}
