package com.hallkiosk.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One year's holiday notice: its holidays, the weekend days it makes working days, and the notice itself.
 *
 * @param source the notice, as it is cited (title, date)
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, Set<LocalDate> workingWeekends) {
    public HolidayYear {
        Objects.requireNonNull(source, "source");
        holidays = List.copyOf(holidays);
        workingWeekends = Set.copyOf(workingWeekends);
    }

    /**
     * One holiday as the notice gives it, {@code from} to {@code to} inclusive.
     *
     * @param basis the notice's sentence for it
     */
    public record Holiday(String name, LocalDate from, LocalDate to, String basis) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
