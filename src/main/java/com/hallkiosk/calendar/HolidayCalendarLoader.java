package com.hallkiosk.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the holiday calendar ({@code catalog/holidays.json}), checking what a typing mistake in it would
 * break: every date a real date of its year, a holiday's end not before its start, a 调休 working day a
 * Saturday or Sunday and not inside a holiday, each year once. A bad file is refused with the field named.
 */
public final class HolidayCalendarLoader {
    /** The calendar shipped with the catalog. */
    public static final String RESOURCE = "/catalog/holidays.json";

    private final ObjectMapper json = new ObjectMapper();

    public HolidayCalendar shipped() {
        try (InputStream in = HolidayCalendarLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return read(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** @throws InvalidCalendarException naming {@code file} and the field that is wrong */
    public HolidayCalendar read(byte[] content, String file) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (IOException e) {
            throw new InvalidCalendarException(file + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<HolidayYear> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        JsonNode list = root == null ? null : root.get("years");
        if (list == null || !list.isArray()) {
            throw new InvalidCalendarException(file + ": \"years\" must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = file + ": years[" + i + "]";
            HolidayYear year = year(list.get(i), at);
            if (!seen.add(year.year())) {
                throw new InvalidCalendarException(at + ".year: " + year.year() + " is given twice");
            }
            years.add(year);
        }
        return new HolidayCalendar(years);
    }

    /**
     * One year as the catalog keeps it (one element of the file's {@code years}).
     *
     * @throws InvalidCalendarException naming {@code described} and the field that is wrong
     */
    public HolidayYear readYear(String content, String described) {
        JsonNode node;
        try {
            node = json.readTree(content);
        } catch (IOException e) {
            throw new InvalidCalendarException(described + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidCalendarException(described + ": must be an object");
        }
        return year(node, described);
    }

    private static HolidayYear year(JsonNode node, String at) {
        JsonNode yearNode = node.get("year");
        if (yearNode == null || !yearNode.canConvertToInt()) {
            throw new InvalidCalendarException(at + ".year: a year is missing");
        }
        int year = yearNode.intValue();
        String source = text(node, "source", at);
        List<HolidayYear.Holiday> holidays = new ArrayList<>();
        JsonNode holidayList = node.path("holidays");
        for (int i = 0; i < holidayList.size(); i++) {
            String where = at + ".holidays[" + i + "]";
            JsonNode holiday = holidayList.get(i);
            LocalDate from = date(holiday, "from", where, year);
            LocalDate to = date(holiday, "to", where, year);
            if (to.isBefore(from)) {
                throw new InvalidCalendarException(where + ".to: " + to + " is before its from " + from);
            }
            holidays.add(new HolidayYear.Holiday(text(holiday, "name", where), from, to, text(holiday, "basis", where)));
        }
        Set<LocalDate> working = new HashSet<>();
        JsonNode workingList = node.path("workingWeekends");
        for (int i = 0; i < workingList.size(); i++) {
            String where = at + ".workingWeekends[" + i + "]";
            LocalDate day = parse(workingList.get(i).asText(), where, year);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new InvalidCalendarException(where + ": " + day + " is a " + day.getDayOfWeek()
                        + ", not a weekend day made a working day");
            }
            if (holidays.stream().anyMatch(holiday -> holiday.contains(day))) {
                throw new InvalidCalendarException(where + ": " + day + " is inside a holiday");
            }
            working.add(day);
        }
        return new HolidayYear(year, source, holidays, working);
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCalendarException(at + "." + field + ": missing");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String field, String at, int year) {
        return parse(text(node, field, at), at + "." + field, year);
    }

    private static LocalDate parse(String text, String at, int year) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidCalendarException(at + ": \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
        if (day.getYear() != year) {
            throw new InvalidCalendarException(at + ": " + day + " is not in " + year);
        }
        return day;
    }

    /** A calendar file that cannot be used; the message names the file and the field. */
    public static final class InvalidCalendarException extends RuntimeException {
        public InvalidCalendarException(String message) {
            super(message);
        }
    }
}
