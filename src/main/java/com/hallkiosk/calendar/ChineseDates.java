package com.hallkiosk.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as the kiosk writes it to people, on screen and on receipts: 2026年6月23日. */
public final class ChineseDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ChineseDates() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
