package com.hallkiosk.certificate.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How certificates write months, dates, times and amounts, in one place. */
public final class Formats {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu年MM月", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu年MM月dd日 HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** {@code 2008年03月}. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** {@code 2008年03月—2026年10月}. */
    public static String months(YearMonth from, YearMonth to) {
        return month(from) + "—" + month(to);
    }

    /** {@code 2026年11月22日}. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code 2026年11月22日 16:00:05}. */
    public static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    /** {@code 4,800.00}: yuan with two decimals, grouped by thousands. */
    public static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
