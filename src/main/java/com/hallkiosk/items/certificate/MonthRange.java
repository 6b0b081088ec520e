package com.hallkiosk.items.certificate;

import com.hallkiosk.certificate.content.Formats;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The months a certificate covers, both ends included. A period choice carries it in its key
 * ({@code 2024-01..2026-06}), so what the person tapped is read back without keeping anything between steps.
 */
public record MonthRange(YearMonth from, YearMonth to) {
    private static final String SEPARATOR = "..";

    public MonthRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a range ends after it starts: " + from + SEPARATOR + to);
        }
    }

    /** The range of a key made by {@link #key()}. */
    public static MonthRange parse(String key) {
        int cut = key.indexOf(SEPARATOR);
        if (cut < 0) {
            throw new IllegalArgumentException("not a month range: " + key);
        }
        return new MonthRange(YearMonth.parse(key.substring(0, cut)), YearMonth.parse(key.substring(cut + SEPARATOR.length())));
    }

    public String key() {
        return from + SEPARATOR + to;
    }

    /** Whether any month of {@code year} is in the range. */
    public boolean covers(int year) {
        return year >= from.getYear() && year <= to.getYear();
    }

    /** {@code 2024年01月—2026年06月}, as the certificates write periods. */
    public String words() {
        return Formats.months(from, to);
    }
}
