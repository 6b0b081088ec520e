package com.hallkiosk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which days the offices work, from the State Council's yearly holiday notice (国务院办公厅关于…部分节假日安排的通知):
 * Monday to Friday, except the holidays it lists, plus the weekend days it makes working days (调休上班). A
 * time limit such as "5个工作日" is counted on it. Only years whose notice is in the calendar are known: a count
 * that runs into another year has no answer, rather than a guess that ignores its holidays.
 */
public final class HolidayCalendar {
    private final Map<Integer, HolidayYear> years;

    public HolidayCalendar(List<HolidayYear> years) {
        this.years = years.stream().collect(Collectors.toUnmodifiableMap(HolidayYear::year, Function.identity()));
    }

    /** The years this calendar knows. */
    public Set<Integer> years() {
        return years.keySet();
    }

    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Whether the offices work on {@code day}; empty when its year's notice is not in the calendar. */
    public Optional<Boolean> isWorkingDay(LocalDate day) {
        return year(day.getYear()).map(known -> {
            if (known.workingWeekends().contains(day)) {
                return true;
            }
            if (known.holidays().stream().anyMatch(holiday -> holiday.contains(day))) {
                return false;
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        });
    }

    /**
     * The day on which {@code workingDays} working days after {@code start} have passed, counting from the day
     * after {@code start} (the day an application is made is not one of its working days); empty when the count
     * runs into a year the calendar does not know.
     */
    public Optional<LocalDate> afterWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a time limit of " + workingDays + " working days");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            Optional<Boolean> working = isWorkingDay(day);
            if (working.isEmpty()) {
                return Optional.empty();
            }
            if (working.get()) {
                counted++;
            }
        }
        return Optional.of(day);
    }
}
