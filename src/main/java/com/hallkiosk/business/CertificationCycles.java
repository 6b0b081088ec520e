package com.hallkiosk.business;

import java.time.LocalDate;
import java.time.Month;

/**
 * The certification cycles of 001 #41: June 1 – May 31 for a 12-month benefit, January – June and July –
 * December for a 6-month one. A certification counts for the cycle that holds its day; the next one is due by
 * the end of the following cycle.
 */
public final class CertificationCycles {
    private CertificationCycles() {
    }

    /** The last day of the cycle that holds {@code day}. */
    public static LocalDate cycleEnd(BenefitKind kind, LocalDate day) {
        if (kind.cycleMonths() == 12) {
            int year = day.getMonthValue() >= Month.JUNE.getValue() ? day.getYear() + 1 : day.getYear();
            return LocalDate.of(year, Month.MAY, 31);
        }
        return day.getMonthValue() <= Month.JUNE.getValue()
                ? LocalDate.of(day.getYear(), Month.JUNE, 30)
                : LocalDate.of(day.getYear(), Month.DECEMBER, 31);
    }

    /** The day by which the next certification is due after one on {@code certifiedOn}. */
    public static LocalDate nextDue(BenefitKind kind, LocalDate certifiedOn) {
        return cycleEnd(kind, cycleEnd(kind, certifiedOn).plusDays(1));
    }
}
